package se.samspar.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTransactionRollbackException;
import se.samspar.actionplan.api.StatusReported;

/**
 * For the deployments that include it: makes the next reports on an activity collide, as a concurrent report
 * would, inside the reporting transaction after the update was written (so the collision rolls it back).
 * Collisions alternate between an optimistic-lock failure and the database's lock timeout (SQL state 40XL1).
 */
@ApplicationScoped
public class CollidingReports extends ArmedCollisions {

    void collide(@Observes StatusReported reported) {
        int attempt = collides(reported.activityId());
        if (attempt == 0) {
            return;
        }
        if (attempt % 2 == 1) {
            throw new OptimisticLockException("another report on activity " + reported.activityId() + " came first");
        }
        throw new PersistenceException(new SQLTransactionRollbackException(
                "A lock could not be obtained within the time requested", "40XL1"));
    }
}
