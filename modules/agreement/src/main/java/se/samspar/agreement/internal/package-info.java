/** JPA-backed implementation of the agreement services and their read queries. */
package se.samspar.agreement.internal;
