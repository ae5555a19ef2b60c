/** JPA-backed activity service: one query per read model, whatever the number of activities. */
package se.samspar.actionplan.internal;
