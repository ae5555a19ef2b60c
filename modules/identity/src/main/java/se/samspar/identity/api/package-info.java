/**
 * Published API of identity: {@link se.samspar.identity.api.UserAccounts} with its inputs and
 * views, and the event {@link se.samspar.identity.api.UserAccountChanged}. Who is calling is
 * published through the platform's {@code CallerContext}, implemented here.
 */
package se.samspar.identity.api;
