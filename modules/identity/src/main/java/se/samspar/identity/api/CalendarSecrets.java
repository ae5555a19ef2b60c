package se.samspar.identity.api;

import java.util.Optional;

/**
 * The secret in the address of a user's calendar feed. Only its SHA-256 hash is stored: the secret is shown once,
 * when made; making a new one ends the old address.
 */
public interface CalendarSecrets {
    /** A new secret for the signed-in user, replacing any earlier one; returned once, never stored. */
    String renew();

    /** The signed-in user's feed address stops working. */
    void revoke();

    /** Whether the signed-in user has a feed. */
    boolean exists();

    /** The active account whose feed this secret opens; empty for an unknown, revoked or malformed one. */
    Optional<Recipient> owner(String secret);
}
