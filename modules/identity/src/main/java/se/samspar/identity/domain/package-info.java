/** The user account and its sign-in rules (lock after 5 failures for 15 minutes) as plain Java. */
package se.samspar.identity.domain;
