package se.samspar.actionplan.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.samspar.actionplan.api.ActivityReferences;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.ModuleService;

/** {@link ActivityReferences}: one query for a page of ids (at most 1,000 per call). */
@ModuleService
public class ActivityReferencesBean implements ActivityReferences {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CallerContext callers;

    @Override
    public Map<Long, String> of(Collection<Long> activityIds) {
        Caller c = callers.current();
        boolean all = c.system() || c.isAdministrator();
        List<Long> ids = activityIds.stream().filter(Objects::nonNull).distinct().limit(1_000).toList();
        List<Long> coordinated = List.copyOf(c.coordinatorOf());
        Map<Long, String> references = new HashMap<>();
        if (ids.isEmpty() || (!all && coordinated.isEmpty())) {
            return references;
        }
        var query = em.createQuery("select a.id, a.reference from Activity a where a.id in :ids"
                + (all ? "" : " and a.agreementId in :mine"), Object[].class).setParameter("ids", ids);
        if (!all) {
            query.setParameter("mine", coordinated);
        }
        query.getResultList().forEach(row -> references.put((Long) row[0], (String) row[1]));
        return references;
    }
}
