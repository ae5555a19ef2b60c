package se.samspar.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import se.samspar.identity.api.AccountSession;
import se.samspar.identity.api.AccountSessions;
import se.samspar.identity.domain.UserAccount;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;

/**
 * The caller from Jakarta Security's principal, looked up in the accounts once per request
 * ({@link RequestCaller}; a deactivated account is nobody). Work run with {@code runAs} or inside
 * {@link #enter} sees the given caller instead. The same lookup gives the account's session state
 * ({@link AccountSessions}), so checking it on each request costs no query of its own.
 */
@ApplicationScoped
public class SecurityCallerContext implements CallerContext, AccountSessions {
    private static final ThreadLocal<Caller> RUN_AS = new ThreadLocal<>();

    @Inject
    SecurityContext security;
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    RequestCaller requestCaller;

    @Override
    public Caller current() {
        Caller override = RUN_AS.get();
        if (override != null) {
            return override;
        }
        RequestCaller.Found found = found();
        return found == null ? Caller.ANONYMOUS : found.caller();
    }

    @Override
    public Optional<AccountSession> signedIn() {
        RequestCaller.Found found = found();
        return Optional.ofNullable(found == null ? null : found.session());
    }

    /** The principal's account, once per request; null when nobody is signed in. */
    private RequestCaller.Found found() {
        Principal principal;
        try {
            principal = security.getCallerPrincipal();
        } catch (RuntimeException noSecurityContextHere) {
            return null;
        }
        if (principal == null) {
            return null;
        }
        try {
            return requestCaller.get(principal.getName(), this::lookUp);
        } catch (ContextNotActiveException outsideARequest) {
            return lookUp(principal.getName());
        }
    }

    private RequestCaller.Found lookUp(String username) {
        List<UserAccount> found = em.createQuery("select u from UserAccount u where u.username = :u and u.active = true",
                UserAccount.class).setParameter("u", username).getResultList();
        if (found.isEmpty()) {
            return new RequestCaller.Found(Caller.ANONYMOUS, null);
        }
        UserAccount u = found.get(0);
        return new RequestCaller.Found(caller(u), new AccountSession(u.username(), u.sessionEpoch(),
                u.mustChangePassword()));
    }

    static Caller caller(UserAccount u) {
        return new Caller(u.username(), u.displayName(), u.organisationId(), u.roles(), u.coordinatorOf(), false);
    }

    @Override
    public Scope enter(Caller caller) {
        Caller before = RUN_AS.get();
        RUN_AS.set(caller);
        return () -> {
            if (before == null) {
                RUN_AS.remove();
            } else {
                RUN_AS.set(before);
            }
        };
    }
}
