package se.samspar.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samspar.identity.api.Recipient;
import se.samspar.identity.domain.UserAccount;
import se.samspar.platform.api.NotFound;

/** What the calendar and mail settings share: an account's row in IDN_NOTIFICATION, accounts as recipients. */
@ApplicationScoped
public class NotificationRows {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;

    long userId(String username) {
        List<Long> ids = em.createQuery("select u.id from UserAccount u where u.username = :u", Long.class)
                .setParameter("u", username).getResultList();
        if (ids.isEmpty()) {
            throw new NotFound("user", username);
        }
        return ids.get(0);
    }

    /** The account's row, made with the defaults if it has none yet. */
    void ensure(long userId) {
        if (em.createNativeQuery("SELECT USER_ID FROM IDN_NOTIFICATION WHERE USER_ID = ?").setParameter(1, userId)
                .getResultList().isEmpty()) {
            em.createNativeQuery("INSERT INTO IDN_NOTIFICATION (USER_ID, MAIL_OFF) VALUES (?, FALSE)")
                    .setParameter(1, userId).executeUpdate();
        }
    }

    /** The active accounts among these ids, in the order given. */
    List<Recipient> recipients(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, UserAccount> found = em.createQuery("select u from UserAccount u where u.id in :ids"
                        + " and u.active = true", UserAccount.class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
        return ids.stream().filter(found::containsKey).map(found::get)
                .map(u -> new Recipient(u.id(), u.username(), u.displayName(), u.email(), u.language(),
                        SecurityCallerContext.caller(u))).toList();
    }
}
