/**
 * The identity module owns user accounts: each in one organisation, with roles (administrator,
 * coordinator, partner, board member), coordinator rights per agreement, a PBKDF2 password hash
 * and the sign-in lock-out. It is the Jakarta Security identity store and tells the other modules
 * who is calling ({@code se.samspar.platform.api.CallerContext}). Tables {@code IDN_*}.
 */
package se.samspar.identity;
