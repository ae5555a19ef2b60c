/** Published API of situation pictures: services, drafts, views and the change event. */
package se.samspar.situation.api;
