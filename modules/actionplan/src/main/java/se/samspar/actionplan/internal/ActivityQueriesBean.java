package se.samspar.actionplan.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivitySort;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.MyOrganisationActivities;
import se.samspar.actionplan.api.RecentUpdate;
import se.samspar.actionplan.api.AgreementProgress;
import se.samspar.actionplan.api.Progress;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.actionplan.domain.Activity;
import se.samspar.actionplan.domain.ProgressRollup;
import se.samspar.actionplan.domain.ProgressRollup.Contribution;
import se.samspar.actionplan.domain.StatusUpdate;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PartyView;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.ReadCache;

/**
 * {@link ActivityQueries}: each read in a fixed number of queries, whatever the data, its visibility checked
 * by reading the agreement's structure, and its views built by {@link ActivityViews}.
 */
@ModuleService
public class ActivityQueriesBean implements ActivityQueries {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    AgreementQueries agreements;
    @Inject
    Clock clock;
    @Inject
    CallerContext callers;
    @Inject
    MyOrganisationActivities myOrganisation;
    @Inject
    ReadCache cache;

    @Override
    public Optional<ActivityView> find(long activityId) {
        Activity a = em.find(Activity.class, activityId);
        if (a == null) {
            return Optional.empty();
        }
        int interval = agreements.structure(a.agreementId()).orElseThrow().agreement().updateIntervalDays();
        return Optional.of(ActivityViews.of(a, a.participatingPartyIds(), interval, LocalDate.now(clock)));
    }

    /** Two queries for any number of activities: the activities, then all their participants. */
    @Override
    public List<ActivityView> activitiesOf(long agreementId) {
        int interval = agreements.structure(agreementId).map(s -> s.agreement().updateIntervalDays()).orElse(60);
        List<Activity> activities = em.createQuery(
                        "select a from Activity a where a.agreementId = :a order by a.areaId, a.order", Activity.class)
                .setParameter("a", agreementId).getResultList();
        Map<Long, Set<Long>> participants = new HashMap<>();
        em.createQuery("select a.id, p from Activity a join a.participatingPartyIds p where a.agreementId = :a",
                        Object[].class)
                .setParameter("a", agreementId).getResultList()
                .forEach(row -> participants.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]));
        LocalDate today = LocalDate.now(clock);
        return activities.stream()
                .map(a -> ActivityViews.of(a, participants.getOrDefault(a.id(), Set.of()), interval, today))
                .toList();
    }

    @Override
    public List<ActivityView> withIds(long agreementId, java.util.Collection<Long> activityIds) {
        int interval = agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId))
                .agreement().updateIntervalDays();
        if (activityIds.isEmpty()) {
            return List.of();
        }
        List<Activity> found = em.createQuery("select a from Activity a where a.agreementId = :a and a.id in :ids"
                        + " order by a.areaId, a.order, a.id", Activity.class)
                .setParameter("a", agreementId).setParameter("ids", List.copyOf(activityIds)).getResultList();
        Map<Long, Set<Long>> participants = ActivityViews.participantsOf(em, found.stream().map(Activity::id).toList());
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(a -> ActivityViews.of(a, participants.getOrDefault(a.id(), Set.of()), interval, today))
                .toList();
    }

    @Override
    public List<Long> idsNotCancelled(long agreementId) {
        agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId));
        return em.createQuery("select a.id from Activity a where a.agreementId = :a and a.status <> :cancelled"
                        + " order by a.areaId, a.order, a.id", Long.class)
                .setParameter("a", agreementId).setParameter("cancelled", ActivityStatus.CANCELLED).getResultList();
    }

    @Override
    public List<StatusUpdateView> history(long activityId) {
        agreements.structure(Stored.activity(em, activityId).agreementId());
        return em.createQuery("select u from StatusUpdate u where u.activityId = :a order by u.reportedAt desc, u.id desc",
                        StatusUpdate.class)
                .setParameter("a", activityId).getResultList().stream()
                .map(ActivityQueriesBean::view)
                .toList();
    }

    @Override
    public List<StatusUpdateView> updatesOf(long agreementId, LocalDate from, LocalDate to) {
        agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId));
        return em.createQuery("select u from StatusUpdate u, Activity a where u.activityId = a.id"
                        + " and a.agreementId = :g and u.reportedAt >= :from and u.reportedAt < :to"
                        + " order by u.reportedAt, u.id", StatusUpdate.class)
                .setParameter("g", agreementId).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getResultList().stream()
                .map(ActivityQueriesBean::view).toList();
    }

    /**
     * Roll-ups per area, goal (an overall goal counts its sub-goals' activities too), lead party
     * and the whole agreement, from one query over the activities' figures.
     */
    @Override
    public AgreementProgress progress(long agreementId) {
        AgreementStructure structure = agreements.structure(agreementId)
                .orElseThrow(() -> new NotFound("Agreement", agreementId));
        List<Object[]> rows = em.createQuery("select a.areaId, a.goalId, a.leadPartyId, a.status, a.progress, a.weight"
                        + " from Activity a where a.agreementId = :a", Object[].class)
                .setParameter("a", agreementId).getResultList();
        return rollUp(structure, rows);
    }

    @Override
    public AgreementProgress progressOf(long agreementId, java.util.Collection<ActivityView> activities) {
        AgreementStructure structure = agreements.structure(agreementId)
                .orElseThrow(() -> new NotFound("Agreement", agreementId));
        return rollUp(structure, activities.stream().filter(a -> a.agreementId() == agreementId)
                .map(a -> new Object[] {a.areaId(), a.goalId(), a.leadPartyId(), a.status(), a.progress(), a.weight()})
                .toList());
    }

    /** Rows of (area, goal, lead party, status, progress, weight). */
    private static AgreementProgress rollUp(AgreementStructure structure, List<Object[]> rows) {
        Map<Long, Long> parentOf = structure.goals().filter(g -> g.parentId() != null)
                .collect(Collectors.toMap(GoalView::id, GoalView::parentId));
        List<Contribution> all = new ArrayList<>();
        Map<Long, List<Contribution>> byArea = new HashMap<>();
        Map<Long, List<Contribution>> byGoal = new HashMap<>();
        Map<Long, List<Contribution>> byParty = new HashMap<>();
        for (Object[] row : rows) {
            Contribution c = new Contribution((ActivityStatus) row[3], (Integer) row[4],
                    (Integer) row[5]);
            all.add(c);
            byArea.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(c);
            byParty.computeIfAbsent((Long) row[2], k -> new ArrayList<>()).add(c);
            Long goalId = (Long) row[1];
            if (goalId != null) {
                byGoal.computeIfAbsent(goalId, k -> new ArrayList<>()).add(c);
                Long parent = parentOf.get(goalId);
                if (parent != null) {
                    byGoal.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
                }
            }
        }
        return new AgreementProgress(progress(all), rollUp(byArea), rollUp(byGoal), rollUp(byParty));
    }

    /**
     * A fixed number of queries however many agreements and activities: the caller's agreements, their parties, then
     * the first {@code max} by {@link NeedingMyUpdate} (rules 2 and 5 in the query) and their participants.
     */
    @Override
    public List<ActivityView> needingMyUpdate(int max) {
        Map<Long, AgreementView> mine = agreements.agreements().stream()
                .collect(Collectors.toMap(AgreementView::id, v -> v));
        LocalDate today = LocalDate.now(clock);
        List<Activity> due = needingMyUpdate(mine, today).map(q -> q.first(em, max)).orElse(List.of());
        Map<Long, Set<Long>> participants = ActivityViews.participantsOf(em, due.stream().map(Activity::id).toList());
        return due.stream().map(a -> ActivityViews.of(a, participants.getOrDefault(a.id(), Set.of()),
                mine.get(a.agreementId()).updateIntervalDays(), today)).toList();
    }

    @Override
    public long countNeedingMyUpdate() {
        Map<Long, AgreementView> mine = agreements.agreements().stream()
                .collect(Collectors.toMap(AgreementView::id, v -> v));
        return needingMyUpdate(mine, LocalDate.now(clock)).map(q -> q.count(em)).orElse(0L);
    }

    /** The agreements and their parties read once, then {@link MyWorkQueue}. */
    @Override
    public se.samspar.actionplan.api.WorkQueue workQueue(int max, int dueWithinDays) {
        return cache.get("workQueue|" + max + "|" + dueWithinDays, () -> readWorkQueue(max, dueWithinDays));
    }

    private se.samspar.actionplan.api.WorkQueue readWorkQueue(int max, int dueWithinDays) {
        Map<Long, AgreementView> mine = agreements.agreements().stream()
                .collect(Collectors.toMap(AgreementView::id, v -> v));
        if (mine.isEmpty()) {
            return se.samspar.actionplan.api.WorkQueue.empty(dueWithinDays);
        }
        LocalDate today = LocalDate.now(clock);
        List<PartyView> parties = agreements.partiesOf(mine.keySet());
        NeedingMyUpdate needing = NeedingMyUpdate.of(callers.current(), mine.values(), parties, today).orElse(null);
        return MyWorkQueue.read(em, callers.current(), mine, parties, today, max, dueWithinDays, needing);
    }

    private Optional<NeedingMyUpdate> needingMyUpdate(Map<Long, AgreementView> mine, LocalDate today) {
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        return NeedingMyUpdate.of(callers.current(), mine.values(), agreements.partiesOf(mine.keySet()), today);
    }

    @Override
    public List<ActivityView> ofMyOrganisation(int offset, int limit, ActivitySort sort, boolean ascending) {
        return myOrganisation.page(MyOrganisationActivities.Filter.ALL, offset, limit, sort, ascending);
    }

    @Override
    public long countOfMyOrganisation() {
        return myOrganisation.count(MyOrganisationActivities.Filter.ALL);
    }

    @Override
    public List<RecentUpdate> latestUpdates(int max) {
        return cache.get("latestUpdates|" + max, () -> LatestUpdates.of(em,
                agreements.agreements().stream().map(AgreementView::id).toList(), max));
    }

    static StatusUpdateView view(StatusUpdate u) {
        return new StatusUpdateView(u.id(), u.activityId(), u.status(), u.light(), u.progress(), u.comment(),
                u.hoursSpent(), u.reportedBy(), u.reporterOrganisationId(), u.reportedAt());
    }

    private static Map<Long, Progress> rollUp(Map<Long, List<Contribution>> groups) {
        return groups.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> progress(e.getValue())));
    }

    private static Progress progress(List<Contribution> contributions) {
        return Progress.of(ProgressRollup.weightedMean(contributions), ProgressRollup.counted(contributions));
    }
}
