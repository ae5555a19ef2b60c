package se.samspar.identity.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens for the REST API. Each signed-in user manages only their own: creates one with a name and
 * an optional last day, sees the secret once, lists and revokes them. Creating and revoking are audited (as
 * {@link UserAccountChanged}); each use records when the token was last used.
 */
public interface AccessTokens {
    /** A new token of the caller's; the name is required (at most 100 characters), the expiry not before today. */
    IssuedToken create(String name, LocalDate expiresOn);

    /** The caller's tokens not revoked, newest first. */
    List<AccessTokenView> mine();

    /** Revokes one of the caller's tokens; another user's is refused ({@code AccessDenied}). */
    void revoke(long tokenId);

    /**
     * The caller a presented secret stands for, recording its use (to the minute): empty for anything that is not a live token of
     * an active account (malformed, unknown, revoked, expired). Not guarded: no caller is known yet.
     */
    Optional<TokenCaller> authenticate(String secret);
}
