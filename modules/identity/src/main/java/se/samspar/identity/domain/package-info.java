/**
 * The user account, the password policy and the growing delays after failed sign-ins, as plain Java.
 */
package se.samspar.identity.domain;
