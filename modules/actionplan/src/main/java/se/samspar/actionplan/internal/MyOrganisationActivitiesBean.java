package se.samspar.actionplan.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivitySort;
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.MyOrganisationActivities;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.actionplan.domain.Activity;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.PartyView;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.ReadCache;

/**
 * {@link MyOrganisationActivities}: the agreements and the caller's parties in them read once per call, then one
 * query for the rows (and one for their participants), the count or the summary — whatever the data.
 */
@ModuleService
public class MyOrganisationActivitiesBean implements MyOrganisationActivities {
    /**
     * Led by one of the parties, or with one of them taking part (a subquery: no duplicate rows to remove; on
     * {@link Participation}, so the database probes the activity's own participant rows).
     */
    private static final String OF_MY_PARTIES = "(a.leadPartyId in :parties or exists (select x from Participation x"
            + " where x.activityId = a.id and x.partyId in :parties))";

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    AgreementQueries agreements;
    @Inject
    CallerContext callers;
    @Inject
    Clock clock;
    @Inject
    ReadCache cache;

    /** The caller's agreements, its parties in them, and the filter as JPQL with its parameters. */
    private record Mine(Map<Long, AgreementView> agreements, String where, Map<String, Object> parameters) {
        Query bind(Query q) {
            parameters.forEach(q::setParameter);
            return q;
        }
    }

    private Mine mine(Filter f, LocalDate today) {
        Map<Long, AgreementView> visible = agreements.agreements().stream()
                .collect(Collectors.toMap(AgreementView::id, v -> v, (x, y) -> x, LinkedHashMap::new));
        Caller caller = callers.current();
        List<PartyView> own = caller.organisationId() == null || visible.isEmpty() ? List.of()
                : agreements.partiesOf(visible.keySet()).stream()
                .filter(p -> p.organisationId() == caller.organisationId()).toList();
        if (own.isEmpty()) {
            return null;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("parties", own.stream().map(PartyView::id).toList());
        // The agreements those parties are in, first: the index on the agreement narrows the rows the OR below is
        // tried on to theirs (a coordinator's one agreement, not all 30,000 activities of the installation).
        p.put("partyAgreements", own.stream().map(PartyView::agreementId).distinct().toList());
        List<String> where = new ArrayList<>(List.of("a.agreementId in :partyAgreements", OF_MY_PARTIES));
        if (f.agreementId() != null) {
            where.add("a.agreementId = :agreement");
            p.put("agreement", f.agreementId());
        }
        if (f.status() != null) {
            where.add("a.status = :status");
            p.put("status", f.status());
        }
        if (f.needsUpdateOnly()) {
            where.add(ActivityTableQuery.needsUpdateAcross(visible.values(), today, p));
        }
        return new Mine(visible, String.join(" and ", where), p);
    }

    @Override
    public long count(Filter filter) {
        return cache.get("myOrganisation.count|" + filter, () -> readCount(filter));
    }

    private long readCount(Filter filter) {
        Mine m = mine(filter, LocalDate.now(clock));
        return m == null ? 0 : ((Number) m.bind(em.createQuery("select count(a) from Activity a where " + m.where()))
                .getSingleResult()).longValue();
    }

    @Override
    public List<ActivityView> page(Filter filter, int offset, int limit, ActivitySort sort, boolean ascending) {
        return cache.get("myOrganisation.page|" + filter + "|" + offset + "|" + limit + "|" + sort + "|" + ascending,
                () -> readPage(filter, offset, limit, sort, ascending));
    }

    private List<ActivityView> readPage(Filter filter, int offset, int limit, ActivitySort sort, boolean ascending) {
        LocalDate today = LocalDate.now(clock);
        Mine m = mine(filter, today);
        int rows = Math.min(limit, ActivityTable.MAX_LIMIT);
        if (m == null || rows <= 0) {
            return List.of();
        }
        ActivityOrder order = ActivityOrder.of(sort == null ? ActivitySort.DUE_DATE : sort,
                ascending);
        List<?> found = m.bind(em.createQuery("select a" + order.selected() + " from Activity a where " + m.where()
                        + " order by " + order.jpql()))
                .setFirstResult(Math.max(0, offset)).setMaxResults(rows).getResultList();
        List<Activity> list = found.stream().map(r -> (Activity) (r instanceof Object[] c ? c[0] : r)).toList();
        Map<Long, Set<Long>> participants = ActivityViews.participantsOf(em, list.stream().map(Activity::id).toList());
        return list.stream().map(a -> ActivityViews.of(a, participants.getOrDefault(a.id(), Set.of()),
                m.agreements().get(a.agreementId()).updateIntervalDays(), today)).toList();
    }

    @Override
    public List<AgreementSummary> summary() {
        return cache.get("myOrganisation.summary", this::readSummary);
    }

    private List<AgreementSummary> readSummary() {
        LocalDate today = LocalDate.now(clock);
        Mine m = mine(Filter.ALL, today);
        if (m == null) {
            return List.of();
        }
        Map<String, Object> p = new LinkedHashMap<>(m.parameters());
        String needing = ActivityTableQuery.needsUpdateAcross(m.agreements().values(), today, p);
        p.put("green", TrafficLight.GREEN);
        p.put("yellow", TrafficLight.YELLOW);
        p.put("red", TrafficLight.RED);
        Query q = em.createQuery("select a.agreementId, count(a),"
                + " sum(case when a.light = :green then 1 else 0 end),"
                + " sum(case when a.light = :yellow then 1 else 0 end),"
                + " sum(case when a.light = :red then 1 else 0 end),"
                + " sum(case when " + needing + " then 1 else 0 end)"
                + " from Activity a where " + m.where() + " group by a.agreementId");
        p.forEach(q::setParameter);
        List<AgreementSummary> lines = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            lines.add(new AgreementSummary(((Number) r[0]).longValue(), number(r[1]), number(r[2]), number(r[3]),
                    number(r[4]), number(r[5])));
        }
        // The agreements in the order the caller's list has them (newest period first, then title).
        List<Long> order = List.copyOf(m.agreements().keySet());
        lines.sort(java.util.Comparator.comparingInt(l -> order.indexOf(l.agreementId())));
        return List.copyOf(lines);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
