package se.samspar.identity.api;

import java.util.Optional;

/** The signed-in user's {@link AccountSession}. */
public interface AccountSessions {
    /**
     * The signed-in, active account of this request, looked up together with the caller (once per
     * request: no query of its own); empty when nobody is signed in or the account is deactivated.
     */
    Optional<AccountSession> signedIn();
}
