package se.samspar.actionplan.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.PublicAgreement;
import se.samspar.actionplan.api.PublicItem;
import se.samspar.actionplan.api.PublicProgress;
import se.samspar.actionplan.api.PublishedKind;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;

/**
 * {@link PublicProgress}: native SQL over ACT_PUBLICATION and ACT_ACTIVITY that selects only the public columns (no
 * comment, person or hours is ever read). The agreement's title and its areas' names come from the agreement module's
 * structure, read as the system: the caller is anonymous, and the read is made only for an agreement that has
 * something published. An area's progress is rule 4's weighted mean (cancelled left out) in SQL, like the dashboard's.
 */
@ApplicationScoped
@Transactional
public class PublicProgressBean implements PublicProgress {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    AgreementQueries agreements;
    @Inject
    CallerContext callers;

    @Override
    public Optional<PublicAgreement> agreement(long agreementId) {
        // Only what still exists counts: an activity deleted or an area removed after it was published is left out.
        Object[] activities = (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(P.PUBLISHED_AT)"
                        + " FROM ACT_PUBLICATION P JOIN ACT_ACTIVITY A ON A.ID = P.ITEM_ID AND A.AGREEMENT_ID = P.AGREEMENT_ID"
                        + " WHERE P.AGREEMENT_ID = ? AND P.KIND = 'ACTIVITY'")
                .setParameter(1, agreementId).getSingleResult();
        List<?> areaRows = em.createNativeQuery("SELECT ITEM_ID, PUBLISHED_AT FROM ACT_PUBLICATION"
                        + " WHERE AGREEMENT_ID = ? AND KIND = 'AREA' FETCH FIRST " + MAX_ITEMS + " ROWS ONLY")
                .setParameter(1, agreementId).getResultList();
        int items = ((Number) activities[0]).intValue();
        if (items == 0 && areaRows.isEmpty()) {
            return Optional.empty();
        }
        Optional<AgreementStructure> structure = structure(agreementId);
        if (structure.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime last = time(activities[1]);
        for (Object row : areaRows) {
            Object[] r = (Object[]) row;
            if (structure.get().area(((Number) r[0]).longValue()).isPresent()) {
                items++;
                last = latest(last, time(r[1]));
            }
        }
        if (items == 0) {
            return Optional.empty();
        }
        // The latest report on a published activity or on any activity of a published area.
        Object reported = em.createNativeQuery("SELECT MAX(A.LAST_UPDATE_AT) FROM ACT_ACTIVITY A WHERE A.AGREEMENT_ID = ?"
                        + " AND (A.ID IN (SELECT ITEM_ID FROM ACT_PUBLICATION WHERE AGREEMENT_ID = ? AND KIND = 'ACTIVITY')"
                        + " OR A.AREA_ID IN (SELECT ITEM_ID FROM ACT_PUBLICATION WHERE AGREEMENT_ID = ? AND KIND = 'AREA'))")
                .setParameter(1, agreementId).setParameter(2, agreementId).setParameter(3, agreementId)
                .getSingleResult();
        last = latest(last, time(reported));
        var a = structure.get().agreement();
        return Optional.of(new PublicAgreement(agreementId, a.title(), a.validFrom(), a.validTo(), items, last));
    }

    @Override
    public List<PublicItem> items(long agreementId, int first, int max) {
        int from = Math.max(0, first);
        int limit = Math.max(0, Math.min(max, MAX_ITEMS));
        if (limit == 0) {
            return List.of();
        }
        Optional<AgreementStructure> structure = structure(agreementId);
        if (structure.isEmpty()) {
            return List.of();
        }
        List<PublicItem> areas = areas(structure.get(), agreementId);
        List<PublicItem> out = new ArrayList<>(areas.subList(Math.min(from, areas.size()),
                Math.min(from + limit, areas.size())));
        if (out.size() < limit) {
            out.addAll(activities(agreementId, Math.max(0, from - areas.size()), limit - out.size()));
        }
        return out;
    }

    /** The published areas that still exist, in the agreement's order (an agreement has a handful). */
    private List<PublicItem> areas(AgreementStructure structure, long agreementId) {
        List<?> rows = em.createNativeQuery("SELECT P.ITEM_ID, P.PUBLIC_TEXT, P.PUBLISHED_AT,"
                        + " SUM(CASE WHEN A.STATUS <> 'CANCELLED' THEN A.WEIGHT * A.PROGRESS END),"
                        + " SUM(CASE WHEN A.STATUS <> 'CANCELLED' THEN A.WEIGHT END),"
                        + " SUM(CASE WHEN A.STATUS <> 'CANCELLED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN A.STATUS = 'COMPLETED' THEN 1 ELSE 0 END),"
                        + " MAX(A.LAST_UPDATE_AT)"
                        + " FROM ACT_PUBLICATION P LEFT JOIN ACT_ACTIVITY A"
                        + " ON A.AGREEMENT_ID = P.AGREEMENT_ID AND A.AREA_ID = P.ITEM_ID"
                        + " WHERE P.AGREEMENT_ID = ? AND P.KIND = 'AREA'"
                        + " GROUP BY P.ITEM_ID, P.PUBLIC_TEXT, P.PUBLISHED_AT"
                        + " FETCH FIRST " + MAX_ITEMS + " ROWS ONLY")
                .setParameter(1, agreementId).getResultList();
        List<PublicItem> out = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Optional<PriorityAreaView> area = structure.area(((Number) r[0]).longValue());
            if (area.isEmpty()) {
                continue; // removed since it was published
            }
            long weights = r[4] == null ? 0 : ((Number) r[4]).longValue();
            Double progress = weights == 0 ? null : ((Number) r[3]).doubleValue() / weights;
            out.add(new PublicItem(PublishedKind.AREA, area.get().id(), area.get().code(), area.get().name(),
                    (String) r[1], null, progress, count(r[5]), count(r[6]), time(r[7]), time(r[2])));
            order.add(area.get().order());
        }
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            index.add(i);
        }
        index.sort(Comparator.comparing(order::get));
        return index.stream().map(out::get).toList();
    }

    /** A page of the published activities, in the action plan's order. */
    private List<PublicItem> activities(long agreementId, int offset, int max) {
        List<?> rows = em.createNativeQuery("SELECT A.ID, A.REFERENCE, A.TITLE, A.STATUS, A.PROGRESS, A.LAST_UPDATE_AT,"
                        + " P.PUBLIC_TEXT, P.PUBLISHED_AT"
                        + " FROM ACT_PUBLICATION P JOIN ACT_ACTIVITY A ON A.ID = P.ITEM_ID AND A.AGREEMENT_ID = P.AGREEMENT_ID"
                        + " WHERE P.AGREEMENT_ID = ? AND P.KIND = 'ACTIVITY'"
                        + " ORDER BY A.SORT_ORDER, A.ID OFFSET " + offset + " ROWS FETCH NEXT " + max + " ROWS ONLY")
                .setParameter(1, agreementId).getResultList();
        List<PublicItem> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            ActivityStatus status = ActivityStatus.valueOf((String) r[3]);
            boolean counts = status != ActivityStatus.CANCELLED;
            out.add(new PublicItem(PublishedKind.ACTIVITY, ((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    (String) r[6], status, counts ? ((Number) r[4]).doubleValue() : null, counts ? 1 : 0,
                    status == ActivityStatus.COMPLETED ? 1 : 0, time(r[5]), time(r[7])));
        }
        return out;
    }

    private Optional<AgreementStructure> structure(long agreementId) {
        return callers.runAs(Caller.SYSTEM, () -> agreements.structure(agreementId));
    }

    private static int count(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static LocalDateTime time(Object o) {
        return o == null ? null : ((Timestamp) o).toLocalDateTime();
    }

    private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
