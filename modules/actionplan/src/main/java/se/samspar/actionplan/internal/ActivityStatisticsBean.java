package se.samspar.actionplan.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import se.samspar.actionplan.api.ActivityStatistics;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.Dashboard;
import se.samspar.actionplan.api.DashboardFilter;
import se.samspar.actionplan.api.Progress;
import se.samspar.actionplan.api.RecentUpdate;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.NotFound;

/**
 * The dashboard in a fixed number of SQL statements whatever the data: the agreement's structure
 * (visibility and its update interval; four), then one aggregate each for the key figures, areas,
 * lead parties, and statuses with lights, and three bounded lists (seven). Rules 1, 2 and 4 are written here in SQL; their
 * Java versions ({@code Timeliness}, {@code ProgressRollup}) are the reference the tests compare with.
 */
@ModuleService
public class ActivityStatisticsBean implements ActivityStatistics {
    private static final String OPEN = "a.STATUS NOT IN ('COMPLETED', 'CANCELLED')";
    private static final String OVERDUE = "(" + OPEN + " AND a.DUE_DATE < CAST(? AS DATE))";
    /** Rule 2: open, and not reported on since the threshold (today minus the interval); overdue is no part of it. */
    private static final String NEEDS_UPDATE = "(" + OPEN + " AND ("
            + " (CASE WHEN a.LAST_UPDATE_AT IS NOT NULL THEN DATE(a.LAST_UPDATE_AT)"
            + " WHEN a.START_DATE IS NOT NULL AND a.START_DATE > a.CREATED_ON THEN a.START_DATE"
            + " ELSE a.CREATED_ON END) < CAST(? AS DATE)))";
    /** Rule 4's parts: weighted progress and weight of the activities that count (not cancelled). */
    private static final String ROLLUP = "SUM(CASE WHEN a.STATUS <> 'CANCELLED' THEN CAST(a.PROGRESS AS BIGINT) * a.WEIGHT ELSE 0 END),"
            + " SUM(CASE WHEN a.STATUS <> 'CANCELLED' THEN CAST(a.WEIGHT AS BIGINT) ELSE 0 END),"
            + " SUM(CASE WHEN a.STATUS <> 'CANCELLED' THEN 1 ELSE 0 END)";

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    AgreementQueries agreements;
    @Inject
    Clock clock;

    @Override
    public Dashboard dashboard(long agreementId, DashboardFilter filter) {
        AgreementStructure structure = agreements.structure(agreementId)
                .orElseThrow(() -> new NotFound("Agreement", agreementId));
        DashboardFilter f = filter == null ? DashboardFilter.ALL : filter;
        LocalDate today = LocalDate.now(clock);
        LocalDate threshold = today.minusDays(structure.agreement().updateIntervalDays());

        Where where = where(agreementId, f);
        Object[] k = (Object[]) where.query(em, "SELECT COUNT(*),"
                + " SUM(CASE WHEN a.STATUS = 'COMPLETED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN a.STATUS = 'CANCELLED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + OVERDUE + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + OPEN + " AND a.LIGHT <> 'GREEN' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + NEEDS_UPDATE + " THEN 1 ELSE 0 END), " + ROLLUP
                + " FROM ACT_ACTIVITY a", today, threshold).getSingleResult();

        List<Dashboard.Group> byArea = groups(where.query(em, "SELECT a.AREA_ID, COUNT(*),"
                + " SUM(CASE WHEN a.STATUS = 'COMPLETED' THEN 1 ELSE 0 END), " + ROLLUP
                + " FROM ACT_ACTIVITY a", "GROUP BY a.AREA_ID").getResultList());
        List<Dashboard.Group> byParty = groups(where.query(em, "SELECT a.LEAD_PARTY_ID, COUNT(*),"
                + " SUM(CASE WHEN a.STATUS = 'COMPLETED' THEN 1 ELSE 0 END), " + ROLLUP
                + " FROM ACT_ACTIVITY a", "GROUP BY a.LEAD_PARTY_ID").getResultList());

        Map<ActivityStatus, Integer> byStatus = new EnumMap<>(ActivityStatus.class);
        Map<TrafficLight, Integer> byLight = new EnumMap<>(TrafficLight.class);
        for (Object row : where.query(em, "SELECT a.STATUS, a.LIGHT, COUNT(*) FROM ACT_ACTIVITY a",
                "GROUP BY a.STATUS, a.LIGHT").getResultList()) {
            Object[] r = (Object[]) row;
            int n = number(r[2]);
            byStatus.merge(ActivityStatus.valueOf((String) r[0]), n, Integer::sum);
            if (!ActivityStatus.valueOf((String) r[0]).isClosed()) {
                byLight.merge(TrafficLight.valueOf((String) r[1]), n, Integer::sum); // lights of open activities
            }
        }

        String bar = "SELECT a.ID, a.REFERENCE, a.TITLE, a.AREA_ID, a.START_DATE, a.DUE_DATE, a.STATUS, a.LIGHT,"
                + " CASE WHEN " + OVERDUE + " THEN 1 ELSE 0 END FROM ACT_ACTIVITY a";
        List<Dashboard.Bar> timeline = bars(where.query(em, bar, "ORDER BY a.AREA_ID, a.SORT_ORDER, a.ID", today)
                .setMaxResults(Dashboard.TIMELINE_MAX).getResultList());
        List<Dashboard.Bar> upcoming = bars(where.and(OPEN + " AND a.DUE_DATE >= CAST(? AS DATE)", today)
                .query(em, bar, "ORDER BY a.DUE_DATE, a.ID", today)
                .setMaxResults(Dashboard.LIST_MAX).getResultList());

        List<RecentUpdate> latest = new ArrayList<>();
        for (Object row : where.query(em, "SELECT u.ID, u.ACTIVITY_ID, u.STATUS, u.LIGHT, u.PROGRESS, u.COMMENT_TEXT,"
                        + " u.REPORTED_BY, u.REPORTER_ORG_ID, u.REPORTED_AT, a.REFERENCE, a.TITLE"
                        + " FROM ACT_STATUS_UPDATE u JOIN ACT_ACTIVITY a ON a.ID = u.ACTIVITY_ID",
                "ORDER BY u.REPORTED_AT DESC, u.ID DESC").setMaxResults(Dashboard.LIST_MAX).getResultList()) {
            Object[] r = (Object[]) row;
            latest.add(new RecentUpdate(new StatusUpdateView(longOf(r[0]), longOf(r[1]),
                    ActivityStatus.valueOf((String) r[2]), TrafficLight.valueOf((String) r[3]), number(r[4]),
                    (String) r[5], null, (String) r[6], r[7] == null ? null : longOf(r[7]),
                    ((Timestamp) r[8]).toLocalDateTime()), agreementId, (String) r[9], (String) r[10]));
        }

        return new Dashboard(number(k[0]), number(k[1]), number(k[2]), number(k[3]), number(k[4]), number(k[5]),
                progress(k[6], k[7], k[8]), byArea, byParty, byStatus, byLight, timeline, upcoming, latest);
    }

    /** The filter as a WHERE clause with its parameters, in order. */
    static Where where(long agreementId, DashboardFilter f) {
        Where w = new Where("a.AGREEMENT_ID = ?", agreementId);
        if (f.areaId() != null) {
            w = w.and("a.AREA_ID = ?", f.areaId());
        }
        if (f.partyId() != null) {
            w = w.and("(a.LEAD_PARTY_ID = ? OR EXISTS (SELECT 1 FROM ACT_PARTICIPANT p"
                    + " WHERE p.ACTIVITY_ID = a.ID AND p.PARTY_ID = ?))", f.partyId(), f.partyId());
        }
        if (f.to() != null) {
            w = w.and("(a.START_DATE IS NULL OR a.START_DATE <= CAST(? AS DATE))", f.to());
        }
        if (f.from() != null) {
            w = w.and("(a.DUE_DATE IS NULL OR a.DUE_DATE >= CAST(? AS DATE))", f.from());
        }
        return w;
    }

    record Where(String sql, List<Object> args) {
        Where(String sql, Object... args) {
            this(sql, List.of(args));
        }

        Where and(String more, Object... moreArgs) {
            List<Object> all = new ArrayList<>(args);
            all.addAll(List.of(moreArgs));
            return new Where(sql + " AND " + more, all);
        }

        /** select (whose own ? come first) + WHERE + tail; dates bound as SQL dates. */
        Query query(EntityManager em, String select, String tail, Object... selectArgs) {
            Query q = em.createNativeQuery(select + " WHERE " + sql + " " + tail);
            int i = 1;
            for (Object a : selectArgs) {
                q.setParameter(i++, bind(a));
            }
            for (Object a : args) {
                q.setParameter(i++, bind(a));
            }
            return q;
        }

        Query query(EntityManager em, String select, LocalDate a1, LocalDate a2) {
            return query(em, select, "", a1, a2);
        }

        private static Object bind(Object a) {
            return a instanceof LocalDate d ? Date.valueOf(d) : a;
        }
    }

    private static List<Dashboard.Group> groups(List<?> rows) {
        List<Dashboard.Group> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new Dashboard.Group(longOf(r[0]), number(r[1]), number(r[2]), progress(r[3], r[4], r[5])));
        }
        return out;
    }

    private static List<Dashboard.Bar> bars(List<?> rows) {
        List<Dashboard.Bar> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new Dashboard.Bar(longOf(r[0]), (String) r[1], (String) r[2], longOf(r[3]), date(r[4]), date(r[5]),
                    ActivityStatus.valueOf((String) r[6]), TrafficLight.valueOf((String) r[7]), number(r[8]) == 1));
        }
        return out;
    }

    /** Rule 4: the weighted mean over what counts; nothing to count is no progress, never 0 %. */
    private static Progress progress(Object weightedSum, Object weights, Object counted) {
        long w = weights == null ? 0 : ((Number) weights).longValue();
        int n = number(counted);
        return w == 0 ? new Progress(null, n)
                : Progress.of(OptionalDouble.of(((Number) weightedSum).doubleValue() / w), n);
    }

    private static int number(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static long longOf(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : ((Date) o).toLocalDate();
    }
}
