/** Published API of follow-ups: services, drafts, views and events (to come with the follow-up issue). */
package se.samspar.followup.api;
