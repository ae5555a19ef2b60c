package se.samspar.actionplan.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.actionplan.api.WorkQueue;
import se.samspar.actionplan.domain.Activity;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.PartyView;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.Roles;

/**
 * {@link WorkQueue} in a fixed number of statements: per list one count grouped by agreement and one limited page,
 * then one query for the participants of all listed activities. Where the caller coordinates an agreement the queue
 * takes all its activities; elsewhere those their organisation's party leads (the same scope the links' filters give).
 */
final class MyWorkQueue {
    private static final String RISK_FIRST = "case when a.light = " + TrafficLight.class.getName() + ".RED then 0"
            + " else 1 end as lightRank, case when a.dueDate is null then 1 else 0 end as missing";

    private final EntityManager em;
    private final Map<Long, AgreementView> mine;
    private final LocalDate today;
    private final List<Long> coordinated = new ArrayList<>();
    /** Agreement → the caller's organisation's party there, for the agreements the caller does not coordinate. */
    private final Map<Long, Long> ownParty = new HashMap<>();

    private MyWorkQueue(EntityManager em, Caller caller, Map<Long, AgreementView> mine, Collection<PartyView> parties,
                        LocalDate today) {
        this.em = em;
        this.mine = mine;
        this.today = today;
        mine.keySet().stream().filter(caller::coordinates).forEach(coordinated::add);
        if (caller.hasRole(Roles.PARTNER) || caller.hasRole(Roles.COORDINATOR)) {
            parties.stream().filter(p -> mine.containsKey(p.agreementId()) && !caller.coordinates(p.agreementId())
                    && caller.belongsTo(p.organisationId())).forEach(p -> ownParty.put(p.agreementId(), p.id()));
        }
    }

    static WorkQueue read(EntityManager em, Caller caller, Map<Long, AgreementView> mine, Collection<PartyView> parties,
                          LocalDate today, int max, int dueWithinDays, NeedingMyUpdate needing) {
        return new MyWorkQueue(em, caller, mine, parties, today).read(Math.max(0, max), dueWithinDays, needing);
    }

    private WorkQueue read(int max, int days, NeedingMyUpdate needing) {
        if (coordinated.isEmpty() && ownParty.isEmpty() && needing == null) {
            return WorkQueue.empty(days);
        }
        Map<Long, Long> riskCounts = Map.of();
        Map<Long, Long> dueCounts = Map.of();
        List<Activity> risk = List.of();
        List<Activity> due = List.of();
        if (!coordinated.isEmpty() || !ownParty.isEmpty()) {
            riskCounts = counts(ActivityTableQuery.AT_RISK, Map.of("green", TrafficLight.GREEN));
            dueCounts = counts(ActivityTableQuery.DUE_SOON, ActivityTableQuery.dueSoonParameters(today, days));
            risk = first(ActivityTableQuery.AT_RISK, Map.of("green", TrafficLight.GREEN), RISK_FIRST,
                    "lightRank asc, missing asc, a.dueDate asc, a.id asc", max);
            due = first(ActivityTableQuery.DUE_SOON, ActivityTableQuery.dueSoonParameters(today, days), null,
                    "a.dueDate asc, a.id asc", max);
        }
        Map<Long, Long> needingCounts = needing == null ? Map.of() : needing.countByAgreement(em);
        List<Activity> needingFirst = needing == null ? List.of() : needing.first(em, max);

        Map<Long, Set<Long>> participants = ActivityViews.participantsOf(em, Stream.of(risk, due, needingFirst)
                .flatMap(List::stream).map(Activity::id).distinct().toList());
        Set<Long> agreementIds = new TreeSet<>(riskCounts.keySet());
        agreementIds.addAll(dueCounts.keySet());
        agreementIds.addAll(needingCounts.keySet());
        List<WorkQueue.Scope> scopes = new ArrayList<>();
        for (long id : agreementIds) {
            scopes.add(new WorkQueue.Scope(id, ownParty.get(id), riskCounts.getOrDefault(id, 0L),
                    dueCounts.getOrDefault(id, 0L), needingCounts.getOrDefault(id, 0L)));
        }
        return new WorkQueue(scopes, views(risk, participants), views(due, participants),
                views(needingFirst, participants), days);
    }

    /** Where the queue looks: the agreements coordinated, and elsewhere the activities of the caller's parties. */
    private String scope(Map<String, Object> p) {
        List<String> parts = new ArrayList<>();
        if (!coordinated.isEmpty()) {
            parts.add("a.agreementId in :coordinated");
            p.put("coordinated", coordinated);
        }
        if (!ownParty.isEmpty()) {
            parts.add("a.leadPartyId in :ownParties");
            p.put("ownParties", List.copyOf(ownParty.values()));
        }
        return "(" + String.join(" or ", parts) + ")";
    }

    private Map<Long, Long> counts(String condition, Map<String, Object> parameters) {
        Map<String, Object> p = new LinkedHashMap<>(parameters);
        p.put("closed", ActivityTableQuery.closed());
        Query q = em.createQuery("select a.agreementId, count(a) from Activity a where " + scope(p) + " and "
                + condition + " group by a.agreementId");
        p.forEach(q::setParameter);
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    private List<Activity> first(String condition, Map<String, Object> parameters, String selected, String order,
                                 int max) {
        Map<String, Object> p = new LinkedHashMap<>(parameters);
        p.put("closed", ActivityTableQuery.closed());
        Query q = em.createQuery("select a" + (selected == null ? "" : ", " + selected) + " from Activity a where "
                + scope(p) + " and " + condition + " order by " + order);
        p.forEach(q::setParameter);
        return ((List<?>) q.setMaxResults(max).getResultList()).stream()
                .map(r -> (Activity) (r instanceof Object[] c ? c[0] : r)).toList();
    }

    private List<ActivityView> views(List<Activity> activities, Map<Long, Set<Long>> participants) {
        return activities.stream().map(a -> ActivityViews.of(a, participants.getOrDefault(a.id(), Set.of()),
                mine.get(a.agreementId()).updateIntervalDays(), today)).toList();
    }
}
