package se.samspar.actionplan.internal;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.RecentUpdate;
import se.samspar.actionplan.domain.StatusUpdate;

/**
 * The newest status updates of a set of agreements in two statements whatever the data: the ids, then those rows.
 * Across many agreements (the police, an administrator: up to 300,000 updates) the ids are read by walking
 * {@code ACT_UPDATE_NEWEST_IX} newest first and stopping at {@code max}; Derby's own plan sorted every update with its
 * comment (15 s under load at national scale), and it cannot be told otherwise in JPQL, hence native SQL with Derby's
 * optimizer overrides (SQL comments to any other database). For a few agreements their own updates are few, and a
 * walk could pass every update in the country to find an old agreement's ten: there the database's own plan.
 */
final class LatestUpdates {
    /** Up to this many agreements, their updates are found by their activities (and sorted); above, by the walk. */
    static final int FEW_AGREEMENTS = 20;

    private LatestUpdates() {
    }

    static List<RecentUpdate> of(EntityManager em, List<Long> agreementIds, int max) {
        if (agreementIds.isEmpty() || max <= 0) {
            return List.of();
        }
        List<Long> ids = agreementIds.size() <= FEW_AGREEMENTS ? fewIds(em, agreementIds, max) : walkedIds(em, agreementIds, max);
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u, a.agreementId, a.reference, a.title from StatusUpdate u, Activity a"
                        + " where u.activityId = a.id and u.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .map(row -> new RecentUpdate(ActivityQueriesBean.view((StatusUpdate) row[0]), (Long) row[1], (String) row[2],
                        (String) row[3]))
                .sorted(Comparator.comparing((RecentUpdate r) -> r.update().reportedAt())
                        .thenComparing(r -> r.update().id()).reversed())
                .toList();
    }

    private static List<Long> fewIds(EntityManager em, List<Long> agreementIds, int max) {
        return em.createQuery("select u.id from StatusUpdate u, Activity a where u.activityId = a.id"
                        + " and a.agreementId in :ids order by u.reportedAt desc, u.id desc", Long.class)
                .setParameter("ids", agreementIds).setMaxResults(max).getResultList();
    }

    private static List<Long> walkedIds(EntityManager em, List<Long> agreementIds, int max) {
        List<?> rows = em.createNativeQuery(walk(agreementIds, max)).getResultList();
        return rows.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList();
    }

    /** The walk: ids (and times) of the newest {@code max} updates of these agreements, newest first. */
    static String walk(List<Long> agreementIds, int max) {
        // Numbers of our own (agreement ids), so written into the statement; each override ends its line.
        String in = agreementIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return "SELECT u.ID, u.REPORTED_AT FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
                + " ACT_STATUS_UPDATE u --DERBY-PROPERTIES index=ACT_UPDATE_NEWEST_IX\n"
                + " , ACT_ACTIVITY a --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n"
                + " WHERE u.ACTIVITY_ID = a.ID AND a.AGREEMENT_ID IN (" + in + ")"
                + " ORDER BY u.REPORTED_AT DESC, u.ID DESC OFFSET 0 ROWS FETCH NEXT " + max + " ROWS ONLY";
    }
}
