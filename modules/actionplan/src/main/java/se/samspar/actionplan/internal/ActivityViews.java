package se.samspar.actionplan.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.domain.Activity;

/**
 * The one way an activity becomes an {@link ActivityView}, with rules 1 and 2 applied for today,
 * and the one query for the participating parties of a list of activities.
 */
final class ActivityViews {
    private ActivityViews() {
    }

    /** The participating party ids of each of the given activities, in one query (none when empty). */
    static Map<Long, Set<Long>> participantsOf(EntityManager em, List<Long> activityIds) {
        Map<Long, Set<Long>> participants = new HashMap<>();
        if (!activityIds.isEmpty()) {
            em.createQuery("select a.id, p from Activity a join a.participatingPartyIds p where a.id in :ids",
                            Object[].class)
                    .setParameter("ids", activityIds).getResultList()
                    .forEach(row -> participants.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]));
        }
        return participants;
    }

    static ActivityView of(Activity a, Set<Long> participants, int intervalDays, LocalDate today) {
        return new ActivityView(a.id(), a.agreementId(), a.areaId(), a.goalId(), a.reference(), a.title(),
                a.description(), a.leadPartyId(), participants, a.contactPerson(), a.reporterUser(), a.startDate(),
                a.dueDate(), a.status(), a.light(), a.progress(), a.weight(), a.order(), a.carriedOverFromId(),
                a.lastUpdateAt(), a.isOverdue(today), a.needsUpdate(intervalDays, today), a.version());
    }
}
