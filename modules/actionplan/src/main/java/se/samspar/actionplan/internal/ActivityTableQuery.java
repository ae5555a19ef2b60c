package se.samspar.actionplan.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityFilter;
import se.samspar.actionplan.api.ActivitySort;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.actionplan.api.ActivityTable.AreaPlaces;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.actionplan.domain.Activity;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.GoalView;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.NotFound;

/**
 * The activity table in JPQL: the filters are WHERE clauses, the sort an ORDER BY, the page
 * OFFSET/FETCH. A call costs the agreement's structure (which decides whether the caller may see
 * it) and then one count, or one page query plus one query for the page's participants.
 */
@ModuleService
public class ActivityTableQuery implements ActivityTable {
    /** The character that escapes LIKE wildcards in the search text. */
    private static final char ESCAPE = '!';
    private static final List<ActivityStatus> CLOSED = List.of(ActivityStatus.COMPLETED, ActivityStatus.CANCELLED);

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    AgreementQueries agreements;
    @Inject
    Clock clock;

    @Override
    public long count(ActivityFilter filter) {
        Where where = where(filter, structureOf(filter));
        Query query = em.createQuery("select count(a) from Activity a where " + where.jpql());
        where.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    @Override
    public List<ActivityView> page(ActivityFilter filter, int offset, int limit, ActivitySort sort, boolean ascending) {
        AgreementStructure structure = structureOf(filter);
        Where where = where(filter, structure);
        int rows = Math.min(limit, MAX_LIMIT);
        if (rows <= 0) {
            return List.of();
        }
        ActivityOrder order = ActivityOrder.of(sort == null ? ActivitySort.REFERENCE : sort, ascending);
        Query query = em.createQuery("select a" + order.selected() + " from Activity a where " + where.jpql()
                + " order by " + order.jpql());
        where.bind(query);
        List<?> rowsFound = query.setFirstResult(Math.max(0, offset)).setMaxResults(rows).getResultList();
        List<Activity> activities = new ArrayList<>(rowsFound.size());
        for (Object row : rowsFound) {
            activities.add((Activity) (row instanceof Object[] columns ? columns[0] : row));
        }
        Map<Long, Set<Long>> participants = ActivityViews.participantsOf(em, activities.stream().map(Activity::id).toList());
        int interval = structure.agreement().updateIntervalDays();
        LocalDate today = LocalDate.now(clock);
        return activities.stream()
                .map(a -> ActivityViews.of(a, participants.getOrDefault(a.id(), Set.of()), interval, today))
                .toList();
    }

    @Override
    public long placeInPlan(ActivityFilter filter, long activityId) {
        Where where = where(filter, structureOf(filter));
        Activity activity = em.find(Activity.class, activityId);
        if (activity == null || activity.agreementId() != filter.agreementId()) {
            throw new NotFound("Activity", activityId);
        }
        Query query = em.createQuery("select count(a) from Activity a where " + where.jpql()
                + " and (a.areaId < :placeArea or (a.areaId = :placeArea and (a.order < :placeOrder"
                + " or (a.order = :placeOrder and a.id < :placeId))))");
        where.bind(query);
        query.setParameter("placeArea", activity.areaId()).setParameter("placeOrder", activity.order())
                .setParameter("placeId", activity.id());
        return ((Number) query.getSingleResult()).longValue();
    }

    @Override
    public Map<Long, AreaPlaces> placesByArea(long agreementId) {
        structureOf(ActivityFilter.all(agreementId));
        Map<Long, AreaPlaces> places = new LinkedHashMap<>();
        em.createQuery("select a.areaId, min(a.order), max(a.order) from Activity a where a.agreementId = :a"
                        + " group by a.areaId", Object[].class).setParameter("a", agreementId).getResultList()
                .forEach(row -> places.put((Long) row[0],
                        new AreaPlaces(((Number) row[1]).intValue(), ((Number) row[2]).intValue())));
        return places;
    }

    /** First, always: the structure refuses an agreement that does not exist (or that the caller may not see). */
    private AgreementStructure structureOf(ActivityFilter filter) {
        if (filter == null) {
            throw new IllegalArgumentException("filter");
        }
        return agreements.structure(filter.agreementId())
                .orElseThrow(() -> new NotFound("Agreement", filter.agreementId()));
    }

    /**
     * The filter as JPQL. Overdue and needs-update restate {@code Timeliness} (rules 1 and 2) as
     * conditions on the columns, for today and the agreement's update interval:
     * <ul>
     * <li>overdue: due before today, and not completed or cancelled;</li>
     * <li>needs update: not completed or cancelled, and last updated before the start
     * of (today − interval), or never updated and both created and started (if a start is set)
     * before today − interval — the later of the two being before it.</li>
     * </ul>
     */
    private Where where(ActivityFilter f, AgreementStructure structure) {
        Where w = new Where();
        w.add("a.agreementId = :agreement", "agreement", f.agreementId());
        if (f.areaId() != null) {
            w.add("a.areaId = :area", "area", f.areaId());
        }
        if (f.goalId() != null) {
            w.add("a.goalId in :goals", "goals", goalAndSubGoals(structure, f.goalId()));
        }
        if (f.leadPartyId() != null) {
            w.add("a.leadPartyId = :lead", "lead", f.leadPartyId());
        }
        if (f.participatingPartyId() != null) {
            w.add(":participant member of a.participatingPartyIds", "participant", f.participatingPartyId());
        }
        if (f.status() != null) {
            w.add("a.status = :status", "status", f.status());
        }
        if (f.light() != null) {
            w.add("a.light = :light", "light", f.light());
        }
        LocalDate today = LocalDate.now(clock);
        if (f.overdueOnly()) {
            w.add("a.dueDate < :today and a.status not in :closed", "today", today);
            w.parameter("closed", CLOSED);
        }
        if (f.needsUpdateOnly()) {
            w.add(needsUpdate(""), "closed", CLOSED);
            needsUpdateParameters("", today, structure.agreement().updateIntervalDays()).forEach(w::parameter);
        }
        if (f.atRiskOnly()) {
            w.add(AT_RISK, "closed", CLOSED);
            w.parameter("green", TrafficLight.GREEN);
        }
        if (f.dueWithinDays() != null) {
            w.add(DUE_SOON, "closed", CLOSED);
            dueSoonParameters(today, f.dueWithinDays()).forEach(w::parameter);
        }
        if (f.partyId() != null) {
            // A subquery, not MEMBER OF: inside an OR that would join the participants (dropping activities with none).
            w.add("(a.leadPartyId = :party or exists (select b.id from Activity b join b.participatingPartyIds q"
                    + " where b.id = a.id and q = :party))", "party", f.partyId());
        }
        if (f.to() != null) {
            w.add("(a.startDate is null or a.startDate <= :periodTo)", "periodTo", f.to());
        }
        if (f.from() != null) {
            w.add("(a.dueDate is null or a.dueDate >= :periodFrom)", "periodFrom", f.from());
        }
        if (f.text() != null && !f.text().isBlank()) {
            w.add("(lower(a.reference) like :text escape '" + ESCAPE + "'"
                    + " or lower(a.title) like :text escape '" + ESCAPE + "'"
                    + " or lower(a.description) like :text escape '" + ESCAPE + "')", "text", containing(f.text()));
        }
        return w;
    }

    /**
     * Rule 2 as a JPQL condition on {@code a} (see {@link #where}), its parameters named with the suffix so that one
     * query can hold it once per update interval; {@code :closed} is bound to the closed statuses by the caller. The
     * one JPQL form of the rule: the start page's list uses it too.
     */
    static String needsUpdate(String suffix) {
        return "a.status not in :closed and (a.lastUpdateAt < :updatedBefore" + suffix
                + " or (a.lastUpdateAt is null and a.createdOn < :since" + suffix
                + " and (a.startDate is null or a.startDate < :since" + suffix + ")))";
    }

    /** Open and not green: the dashboard's "at risk"; {@code :closed} and {@code :green} bound by the caller. */
    static final String AT_RISK = "(a.status not in :closed and a.light <> :green)";

    /** Open and due from today to the horizon; {@code :closed} bound by the caller, the dates by {@link #dueSoonParameters}. */
    static final String DUE_SOON = "(a.status not in :closed and a.dueDate >= :dueFrom and a.dueDate <= :dueBy)";

    static Map<String, Object> dueSoonParameters(LocalDate today, int days) {
        return Map.of("dueFrom", today, "dueBy", today.plusDays(Math.max(0, days)));
    }

    /** The parameters of {@link #needsUpdate(String)} for today and an update interval. */
    static Map<String, Object> needsUpdateParameters(String suffix, LocalDate today, int intervalDays) {
        LocalDate since = today.minusDays(intervalDays);
        return Map.of("updatedBefore" + suffix, since.atStartOfDay(), "since" + suffix, since);
    }

    static List<ActivityStatus> closed() {
        return CLOSED;
    }

    /**
     * Rule 2 across agreements with different update intervals: once per interval, each agreement by its own
     * interval, as the start page states it. Binds its parameters and {@code :closed} into {@code p}. The query must
     * keep to these agreements by its other conditions: with one interval the agreements are not tested again.
     */
    static String needsUpdateAcross(Collection<AgreementView> agreements, LocalDate today, Map<String, Object> p) {
        Map<Integer, List<Long>> byInterval = new TreeMap<>(agreements.stream().collect(Collectors.groupingBy(
                AgreementView::updateIntervalDays, Collectors.mapping(AgreementView::id, Collectors.toList()))));
        if (byInterval.size() == 1) {
            // One interval for all: no list of agreements to test each row against (for the police, 290 ids on every
            // one of thousands of rows was most of the start page's time). The callers' queries keep to these
            // agreements by their other conditions.
            Map.Entry<Integer, List<Long>> only = byInterval.entrySet().iterator().next();
            p.putAll(needsUpdateParameters("_0", today, only.getKey()));
            p.put("closed", CLOSED);
            return "(" + needsUpdate("_0") + ")";
        }
        List<String> due = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Integer, List<Long>> e : byInterval.entrySet()) {
            String suffix = "_" + n++;
            due.add("(a.agreementId in :agreements" + suffix + " and " + needsUpdate(suffix) + ")");
            p.put("agreements" + suffix, e.getValue());
            p.putAll(needsUpdateParameters(suffix, today, e.getKey()));
        }
        p.put("closed", CLOSED);
        return "(" + String.join(" or ", due) + ")";
    }

    /** The goal and, for an overall goal, its sub-goals; a goal of another agreement matches nothing here. */
    private static List<Long> goalAndSubGoals(AgreementStructure structure, long goalId) {
        List<Long> ids = new ArrayList<>();
        ids.add(goalId);
        structure.goal(goalId).ifPresent(g -> g.subGoals().stream().map(GoalView::id).forEach(ids::add));
        return ids;
    }

    /** A LIKE pattern for the text anywhere, with its own % and _ taken literally. */
    static String containing(String text) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** WHERE conditions joined with AND, and their parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            parameter(name, value);
        }

        void parameter(String name, Object value) {
            parameters.put(name, value);
        }

        String jpql() {
            return String.join(" and ", conditions);
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }
}
