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
            // The participant rows alone, not joined to ACT_ACTIVITY: a join holds a shared lock on each activity
            // row while it waits, and under load a page reading a table met reports writing to those rows in a
            // lock cycle that Derby ended only with its 10 s timeout (the load test's 500s).
            jakarta.persistence.Query query = em.createNativeQuery("SELECT ACTIVITY_ID, PARTY_ID FROM ACT_PARTICIPANT"
                    + " WHERE ACTIVITY_ID IN (" + String.join(", ", java.util.Collections.nCopies(activityIds.size(), "?"))
                    + ")");
            for (int i = 0; i < activityIds.size(); i++) {
                query.setParameter(i + 1, activityIds.get(i));
            }
            for (Object result : query.getResultList()) {
                Object[] row = (Object[]) result;
                participants.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashSet<>())
                        .add(((Number) row[1]).longValue());
            }
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
