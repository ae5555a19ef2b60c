/**
 * The identity store for Jakarta Security (PBKDF2 password hashes), the caller of each request,
 * and the account service.
 */
package se.samspar.identity.internal;
