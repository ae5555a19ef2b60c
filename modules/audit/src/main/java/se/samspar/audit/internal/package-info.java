/** The event observers that write the trail, and its queries. */
package se.samspar.audit.internal;
