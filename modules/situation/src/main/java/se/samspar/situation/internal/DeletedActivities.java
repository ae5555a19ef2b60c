package se.samspar.situation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.samspar.actionplan.api.ActivityChanged;
import se.samspar.platform.api.Change;

/** A deleted activity addresses nothing any more: its measures go with it, in the deletion's transaction. */
@ApplicationScoped
public class DeletedActivities {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;

    void on(@Observes ActivityChanged e) {
        if (e.change() == Change.DELETED) {
            em.createQuery("delete from Measure m where m.activityId = :a").setParameter("a", e.activityId())
                    .executeUpdate();
        }
    }
}
