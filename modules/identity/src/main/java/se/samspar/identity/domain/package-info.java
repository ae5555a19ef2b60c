/** User accounts, roles and lock-out rules as plain Java (to come with the workflows issue). */
package se.samspar.identity.domain;
