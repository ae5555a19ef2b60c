package se.samspar.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTransactionRollbackException;
import se.samspar.actionplan.api.ActivityChanged;
import se.samspar.platform.api.Change;

/**
 * For the deployments that include it: makes the next activity creates in an agreement fail as Derby fails a
 * concurrent insert (SQL state 40XL1, "a lock could not be obtained"), inside the create's transaction after the
 * row was written, so the failure rolls it back.
 */
@ApplicationScoped
public class CollidingCreates extends ArmedCollisions {

    void collide(@Observes ActivityChanged changed) {
        if (changed.change() == Change.CREATED && collides(changed.agreementId()) > 0) {
            throw new PersistenceException(new SQLTransactionRollbackException(
                    "A lock could not be obtained within the time requested", "40XL1"));
        }
    }
}
