package se.samspar.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import se.samspar.identity.api.SignInAttempted;
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
import se.samspar.identity.domain.UserAccount;

/**
 * Checks usernames and passwords against the accounts. Every refusal looks the same to the
 * caller — unknown user, wrong password, locked or deactivated account — so nobody learns which
 * accounts exist.
 */
@ApplicationScoped
public class SamsparIdentityStore implements IdentityStore {
    private static final Logger LOG = Logger.getLogger(SamsparIdentityStore.class.getName());

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    PasswordHashing passwords;
    @Inject
    Clock clock;
    @Inject
    Event<SignInAttempted> attempts;

    /** What an unknown user typed is kept short: it may be a mistyped password. */
    private static String shortened(String username) {
        return username.length() <= 40 ? username : username.substring(0, 40) + "…";
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller() == null ? "" : login.getCaller().strip().toLowerCase();
        String password = login.getPasswordAsString() == null ? "" : login.getPasswordAsString();
        List<UserAccount> found = em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username).getResultList();
        LocalDateTime now = LocalDateTime.now(clock);
        if (found.isEmpty()) {
            passwords.spendTimeAsIfChecking(password);
            attempts.fire(new SignInAttempted(shortened(username), null, null, "UNKNOWN_USER"));
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount account = found.get(0);
        if (!account.maySignIn(now)) {
            passwords.spendTimeAsIfChecking(password);
            attempts.fire(new SignInAttempted(account.username(), account.id(), account.organisationId(), "REFUSED"));
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.matches(password, account.passwordHash())) {
            account.signInFailed(now);
            boolean locked = account.isLocked(now);
            if (locked) {
                LOG.warning(() -> "Account locked after repeated failed sign-ins: " + account.username());
            }
            attempts.fire(new SignInAttempted(account.username(), account.id(), account.organisationId(),
                    locked ? "LOCKED" : "WRONG_PASSWORD"));
            return CredentialValidationResult.INVALID_RESULT;
        }
        account.signedIn();
        attempts.fire(new SignInAttempted(account.username(), account.id(), account.organisationId(), "SIGNED_IN"));
        return new CredentialValidationResult(account.username(), account.roles());
    }
}
