/** Published API of coordination: services (one per use case), drafts, views and the change event. */
package se.samspar.coordination.api;
