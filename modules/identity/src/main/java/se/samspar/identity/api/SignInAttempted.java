package se.samspar.identity.api;

/**
 * Someone tried to sign in: the account's username and organisation when there is such an account —
 * for an unknown username only its pseudonym ({@link SignInNames#pseudonym}), never what was typed —
 * and how it went (SIGNED_IN, WRONG_PASSWORD, UNKNOWN_USER, REFUSED for a deactivated account,
 * DELAYED when it came during the wait after earlier failures and its password was not checked).
 * Fired in the sign-in's transaction, which changes nothing else, so it is always recorded.
 */
public record SignInAttempted(String username, Long userId, Long organisationId, String outcome) {
    public boolean succeeded() {
        return "SIGNED_IN".equals(outcome);
    }
}
