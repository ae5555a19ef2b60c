package se.samspar.identity.api;

/**
 * Someone tried to sign in: the username given, the account's organisation when there is such an
 * account, and how it went (SIGNED_IN, WRONG_PASSWORD, UNKNOWN_USER, REFUSED for a locked or
 * deactivated account, LOCKED when this failure locked it). Fired in the sign-in's transaction.
 */
public record SignInAttempted(String username, Long userId, Long organisationId, String outcome) {
    public boolean succeeded() {
        return "SIGNED_IN".equals(outcome);
    }
}
