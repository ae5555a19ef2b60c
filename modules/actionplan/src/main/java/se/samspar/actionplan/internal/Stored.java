package se.samspar.actionplan.internal;

import jakarta.persistence.EntityManager;
import se.samspar.actionplan.domain.Activity;
import se.samspar.platform.api.NotFound;

/** Loading the activity a request names, the same way for every use case of the module. */
final class Stored {
    /** The entity's name in {@code NotFound} and {@code StaleEdit}. */
    static final String ACTIVITY = "Activity";

    private Stored() {
    }

    /** The activity, or {@link NotFound}. */
    static Activity activity(EntityManager em, long activityId) {
        Activity a = em.find(Activity.class, activityId);
        if (a == null) {
            throw new NotFound(ACTIVITY, activityId);
        }
        return a;
    }
}
