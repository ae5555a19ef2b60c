package se.samspar.identity.api;

/**
 * What the web layer checks on each request of a signed-in user: the account's session epoch (raised by
 * every password reset or change, ending the sessions signed in before it) and whether the user must
 * change the password before anything else.
 */
public record AccountSession(String username, int epoch, boolean mustChangePassword) {
}
