package se.samspar.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTransactionRollbackException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import se.samspar.actionplan.api.StatusReported;

/**
 * For the deployments that include it: makes the next reports on an activity collide, as a concurrent report
 * would, inside the reporting transaction after the update was written (so the collision rolls it back).
 * Collisions alternate between an optimistic-lock failure and the database's lock timeout (SQL state 40XL1).
 */
@ApplicationScoped
public class CollidingReports {
    private final Map<Long, AtomicInteger> toCollide = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** The next {@code collisions} reports on the activity collide. */
    void arm(long activityId, int collisions) {
        toCollide.put(activityId, new AtomicInteger(collisions));
    }

    /** How many reports on the activity reached the database, saved or not. */
    int attempts(long activityId) {
        AtomicInteger n = attempts.get(activityId);
        return n == null ? 0 : n.get();
    }

    void collide(@Observes StatusReported reported) {
        int attempt = attempts.computeIfAbsent(reported.activityId(), id -> new AtomicInteger()).incrementAndGet();
        AtomicInteger left = toCollide.get(reported.activityId());
        if (left != null && left.getAndDecrement() > 0) {
            if (attempt % 2 == 1) {
                throw new OptimisticLockException("another report on activity " + reported.activityId() + " came first");
            }
            throw new PersistenceException(new SQLTransactionRollbackException(
                    "A lock could not be obtained within the time requested", "40XL1"));
        }
    }
}
