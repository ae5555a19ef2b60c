package se.samspar.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTransactionRollbackException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import se.samspar.actionplan.api.ActivityChanged;
import se.samspar.platform.api.Change;

/**
 * For the deployments that include it: makes the next activity creates in an agreement fail as Derby fails a
 * concurrent insert (SQL state 40XL1, "a lock could not be obtained"), inside the create's transaction after the
 * row was written, so the failure rolls it back.
 */
@ApplicationScoped
public class CollidingCreates {
    private final Map<Long, AtomicInteger> toCollide = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** The next {@code collisions} creates in the agreement collide. */
    void arm(long agreementId, int collisions) {
        toCollide.put(agreementId, new AtomicInteger(collisions));
        attempts.remove(agreementId);
    }

    /** How many creates in the agreement reached the database since it was armed, saved or not. */
    int attempts(long agreementId) {
        AtomicInteger n = attempts.get(agreementId);
        return n == null ? 0 : n.get();
    }

    void collide(@Observes ActivityChanged changed) {
        if (changed.change() != Change.CREATED) {
            return;
        }
        attempts.computeIfAbsent(changed.agreementId(), id -> new AtomicInteger()).incrementAndGet();
        AtomicInteger left = toCollide.get(changed.agreementId());
        if (left != null && left.getAndDecrement() > 0) {
            throw new PersistenceException(new SQLTransactionRollbackException(
                    "A lock could not be obtained within the time requested", "40XL1"));
        }
    }
}
