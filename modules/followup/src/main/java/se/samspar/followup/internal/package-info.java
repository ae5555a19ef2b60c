/** JPA-backed follow-up services and aggregate queries (to come with the follow-up issue). */
package se.samspar.followup.internal;
