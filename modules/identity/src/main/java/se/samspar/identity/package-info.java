/**
 * The identity module will own user accounts, their roles and organisation, coordinator rights
 * per agreement, the identity store for Jakarta Security and password hashing
 * ({@code Pbkdf2PasswordHash}). Tables {@code IDN_*}. Built by the workflows issue; until then
 * it holds only this structure, and status reports name their reporter as text.
 */
package se.samspar.identity;
