package se.samspar.actionplan.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.AreaActivities;
import se.samspar.platform.api.ModuleService;

/**
 * {@link AreaActivities}: each activity's id and area in the action plan's order (one query of two numbers a row),
 * then only the activities chosen, as {@link ActivityQueries#withIds} reads them — no more activities built into
 * views than are shown.
 */
@ModuleService
public class AreaActivitiesBean implements AreaActivities {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    ActivityQueries activities;

    @Override
    public Excerpt firstOf(long agreementId, int perArea) {
        List<Object[]> rows = em.createQuery("select a.id, a.areaId from Activity a where a.agreementId = :a"
                + " order by a.areaId, a.order, a.id", Object[].class).setParameter("a", agreementId).getResultList();
        List<ActivityView> chosen = activities.withIds(agreementId, pick(rows, perArea)); // checks the visibility
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.merge((Long) row[1], 1L, Long::sum));
        Map<Long, List<ActivityView>> shown = new LinkedHashMap<>();
        chosen.forEach(a -> shown.computeIfAbsent(a.areaId(), k -> new ArrayList<>()).add(a));
        return new Excerpt(shown, counts);
    }

    /** The ids of the first {@code perArea} rows (id, area) of each area. */
    private static List<Long> pick(List<Object[]> rows, int perArea) {
        Map<Long, Integer> taken = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        for (Object[] row : rows) {
            if (taken.merge((Long) row[1], 1, Integer::sum) <= perArea) {
                ids.add((Long) row[0]);
            }
        }
        return ids;
    }
}
