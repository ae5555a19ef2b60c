package se.samspar.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import se.samspar.identity.api.SignInAttempted;
import se.samspar.identity.api.SignInCredential;
import se.samspar.identity.domain.UserAccount;

/**
 * Checks usernames and passwords against the accounts. Every refusal looks the same to the caller and
 * costs the same time — unknown user, wrong password, deactivated account, an attempt during the wait
 * after earlier failures — so nobody learns which accounts exist. Each attempt is counted by the
 * {@link SignInThrottle} in a transaction of its own before the password is checked; this method's own
 * transaction writes nothing but the audit entry, so parallel attempts never roll each other back.
 * What an unknown user typed is recorded only as its pseudonym: it may be a mistyped password.
 */
@ApplicationScoped
public class SamsparIdentityStore implements IdentityStore {
    private static final Logger LOG = Logger.getLogger(SamsparIdentityStore.class.getName());
    /** The address counted for credentials that do not say where they came from. */
    static final String NO_ADDRESS = "none";

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    PasswordHashing passwords;
    @Inject
    Clock clock;
    @Inject
    Event<SignInAttempted> attempts;
    @Inject
    SignInThrottle throttle;
    @Inject
    InstallationSecret names;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller() == null ? "" : login.getCaller().strip().toLowerCase();
        String password = login.getPasswordAsString() == null ? "" : login.getPasswordAsString();
        String address = credential instanceof SignInCredential s && s.clientAddress() != null
                && !s.clientAddress().isBlank() ? s.clientAddress() : NO_ADDRESS;

        SignInThrottle.Attempt attempt = throttle.attempt(username, address);
        List<UserAccount> found = em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username).getResultList();
        UserAccount account = found.isEmpty() ? null : found.get(0);
        if (!attempt.admitted()) {
            passwords.spendTimeAsIfChecking(password);
            return refused(account, username, "DELAYED");
        }
        if (account == null) {
            passwords.spendTimeAsIfChecking(password);
            return refused(null, username, "UNKNOWN_USER");
        }
        if (!account.maySignIn(LocalDateTime.now(clock))) {
            passwords.spendTimeAsIfChecking(password);
            return refused(account, username, "REFUSED");
        }
        if (!passwords.matches(password, account.passwordHash())) {
            return refused(account, username, "WRONG_PASSWORD");
        }
        throttle.succeeded(attempt);
        attempts.fire(new SignInAttempted(account.username(), account.id(), account.organisationId(), "SIGNED_IN"));
        return new CredentialValidationResult(account.username(), account.roles());
    }

    private CredentialValidationResult refused(UserAccount account, String typed, String outcome) {
        if (account == null) {
            attempts.fire(new SignInAttempted(names.pseudonym(typed), null, null, outcome));
        } else {
            if ("DELAYED".equals(outcome)) {
                LOG.fine(() -> "Sign-in refused during the wait after failed attempts: " + account.username());
            }
            attempts.fire(new SignInAttempted(account.username(), account.id(), account.organisationId(), outcome));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
