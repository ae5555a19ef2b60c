/** Published API of identity: the current user, accounts and rights (to come with the workflows issue). */
package se.samspar.identity.api;
