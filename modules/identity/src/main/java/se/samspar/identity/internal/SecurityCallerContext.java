package se.samspar.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import se.samspar.identity.domain.UserAccount;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;

/**
 * The caller from Jakarta Security's principal, looked up in the accounts once per request
 * ({@link RequestCaller}; a deactivated account is nobody). Work run with {@code runAs} or inside
 * {@link #enter} sees the given caller instead.
 */
@ApplicationScoped
public class SecurityCallerContext implements CallerContext {
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
        Principal principal;
        try {
            principal = security.getCallerPrincipal();
        } catch (RuntimeException noSecurityContextHere) {
            return Caller.ANONYMOUS;
        }
        if (principal == null) {
            return Caller.ANONYMOUS;
        }
        try {
            return requestCaller.get(principal.getName(), this::lookUp);
        } catch (ContextNotActiveException outsideARequest) {
            return lookUp(principal.getName());
        }
    }

    private Caller lookUp(String username) {
        List<UserAccount> found = em.createQuery("select u from UserAccount u where u.username = :u and u.active = true",
                UserAccount.class).setParameter("u", username).getResultList();
        if (found.isEmpty()) {
            return Caller.ANONYMOUS;
        }
        return caller(found.get(0));
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
