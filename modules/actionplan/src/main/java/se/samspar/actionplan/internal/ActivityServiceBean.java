package se.samspar.actionplan.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityChanged;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityService;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.RecentUpdate;
import se.samspar.actionplan.api.AgreementProgress;
import se.samspar.actionplan.api.Progress;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.StatusReported;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.actionplan.domain.Activity;
import se.samspar.actionplan.domain.ProgressRollup;
import se.samspar.actionplan.domain.ProgressRollup.Contribution;
import se.samspar.actionplan.domain.StatusUpdate;
import se.samspar.agreement.api.AgreementRenewed;
import se.samspar.agreement.api.AgreementService;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PartyView;
import se.samspar.actionplan.domain.ReportingRights;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.StaleEdit;

@ApplicationScoped
@se.samspar.platform.api.Guarded
@Transactional
public class ActivityServiceBean implements ActivityService {
    private static final String ENTITY = "Activity";

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    AgreementService agreements;
    @Inject
    Clock clock;
    @Inject
    Event<ActivityChanged> activityChanged;
    @Inject
    Event<StatusReported> statusReported;
    @Inject
    CallerContext callers;

    @Override
    public long create(long agreementId, ActivityDraft draft) {
        AccessDenied.unless(ReportingRights.mayEdit(callers.current(), agreementId), "edit activities");
        validator.check(draft);
        AgreementStructure structure = agreements.structure(agreementId)
                .orElseThrow(() -> InvalidInput.of("agreementId", "samspar.unknown"));
        checkAgainst(structure, draft);
        requireUniqueReference(agreementId, draft.reference(), -1L);
        Integer maxOrder = em.createQuery("select max(a.order) from Activity a where a.agreementId = :a", Integer.class)
                .setParameter("a", agreementId).getSingleResult();
        Activity a = new Activity(agreementId, maxOrder == null ? 1 : maxOrder + 1, LocalDate.now(clock), null);
        describe(a, draft);
        em.persist(a);
        em.flush();
        activityChanged.fire(new ActivityChanged(agreementId, a.id(), Change.CREATED, a.reference()));
        return a.id();
    }

    @Override
    public void update(long activityId, long expectedVersion, ActivityDraft draft) {
        Activity a = load(activityId);
        AccessDenied.unless(ReportingRights.mayEdit(callers.current(), a.agreementId()), "edit activities");
        validator.check(draft);
        StaleEdit.check(ENTITY, activityId, a.version(), expectedVersion);
        AgreementStructure structure = agreements.structure(a.agreementId()).orElseThrow();
        checkAgainst(structure, draft);
        requireUniqueReference(a.agreementId(), draft.reference(), activityId);
        describe(a, draft);
        StaleEdit.flush(em, ENTITY, activityId);
        activityChanged.fire(new ActivityChanged(a.agreementId(), activityId, Change.UPDATED, a.reference()));
    }

    @Override
    public void delete(long activityId, long expectedVersion) {
        Activity a = load(activityId);
        AccessDenied.unless(ReportingRights.mayEdit(callers.current(), a.agreementId()), "delete activities");
        StaleEdit.check(ENTITY, activityId, a.version(), expectedVersion);
        long reports = em.createQuery("select count(u) from StatusUpdate u where u.activityId = :a", Long.class)
                .setParameter("a", activityId).getSingleResult();
        if (reports > 0) {
            throw InvalidInput.of("activity", "samspar.activity.hasHistory");
        }
        long carriedOver = em.createQuery("select count(c) from Activity c where c.carriedOverFromId = :a", Long.class)
                .setParameter("a", activityId).getSingleResult();
        if (carriedOver > 0) {
            throw InvalidInput.of("activity", "samspar.activity.carriedOver");
        }
        em.remove(a);
        StaleEdit.flush(em, ENTITY, activityId);
        activityChanged.fire(new ActivityChanged(a.agreementId(), activityId, Change.DELETED, a.reference()));
    }

    @Override
    public long cancel(long activityId, long expectedVersion, String reason) {
        Activity a = load(activityId);
        AccessDenied.unless(ReportingRights.mayEdit(callers.current(), a.agreementId()), "cancel activities");
        StaleEdit.check(ENTITY, activityId, a.version(), expectedVersion);
        if (a.status() == ActivityStatus.CANCELLED || a.status() == ActivityStatus.COMPLETED) {
            throw InvalidInput.of("activity", "samspar.activity.closed");
        }
        return report(activityId, new StatusReport(ActivityStatus.CANCELLED, a.light(), a.progress(), reason, null, null, null));
    }

    @Override
    public void move(long activityId, long expectedVersion, int direction) {
        Activity a = load(activityId);
        AccessDenied.unless(ReportingRights.mayEdit(callers.current(), a.agreementId()), "reorder activities");
        StaleEdit.check(ENTITY, activityId, a.version(), expectedVersion);
        if (direction == 0) {
            return;
        }
        // The neighbour in the area's order, in the direction asked; none at either end.
        List<Activity> neighbour = em.createQuery("select n from Activity n where n.agreementId = :g and n.areaId = :area"
                        + (direction < 0 ? " and n.order < :o order by n.order desc" : " and n.order > :o order by n.order"),
                        Activity.class)
                .setParameter("g", a.agreementId()).setParameter("area", a.areaId()).setParameter("o", a.order())
                .setMaxResults(1).getResultList();
        if (neighbour.isEmpty()) {
            return;
        }
        Activity other = neighbour.get(0);
        int mine = a.order();
        a.reorder(other.order());
        other.reorder(mine);
        StaleEdit.flush(em, ENTITY, activityId);
        activityChanged.fire(new ActivityChanged(a.agreementId(), activityId, Change.UPDATED, a.reference()));
    }

    /**
     * Rule 7, in the renewal's transaction: every activity of the old agreement that is neither
     * completed nor cancelled gets a copy in the new one, in the copied area, goal and parties,
     * linked to its origin.
     */
    void onRenewed(@Observes AgreementRenewed e) {
        List<Activity> open = em.createQuery("select a from Activity a where a.agreementId = :a"
                        + " and a.status not in :closed order by a.areaId, a.order", Activity.class)
                .setParameter("a", e.fromAgreementId())
                .setParameter("closed", List.of(ActivityStatus.COMPLETED, ActivityStatus.CANCELLED)).getResultList();
        LocalDate today = LocalDate.now(clock);
        for (Activity origin : open) {
            Activity copy = new Activity(e.toAgreementId(), origin.order(), today, origin.id());
            copy.describe(origin.reference(), origin.title(), origin.description(), origin.contactPerson());
            copy.placeIn(e.areas().get(origin.areaId()), origin.goalId() == null ? null : e.goals().get(origin.goalId()));
            Set<Long> participants = new HashSet<>();
            origin.participatingPartyIds().forEach(p -> participants.add(e.parties().get(p)));
            copy.assign(e.parties().get(origin.leadPartyId()), participants, origin.reporterUser());
            copy.schedule(origin.startDate(), origin.dueDate(), origin.weight());
            copy.continueFrom(origin);
            em.persist(copy);
            em.flush();
            activityChanged.fire(new ActivityChanged(e.toAgreementId(), copy.id(), Change.CREATED,
                    copy.reference() + " (carried over from " + origin.id() + ")"));
        }
    }

    private static void describe(Activity a, ActivityDraft draft) {
        a.describe(draft.reference(), draft.title(), draft.description(), draft.contactPerson());
        a.placeIn(draft.areaId(), draft.goalId());
        a.assign(draft.leadPartyId(), draft.participatingPartyIds(), draft.reporterUser());
        a.schedule(draft.startDate(), draft.dueDate(), draft.weight());
    }

    /** Area, goal and parties must be the agreement's own: a crafted id from elsewhere is refused. */
    private static void checkAgainst(AgreementStructure structure, ActivityDraft draft) {
        if (structure.area(draft.areaId()).isEmpty()) {
            throw InvalidInput.of("areaId", "samspar.area.otherAgreement");
        }
        if (draft.goalId() != null) {
            GoalView goal = structure.goal(draft.goalId())
                    .orElseThrow(() -> InvalidInput.of("goalId", "samspar.unknown"));
            if (goal.areaId() != draft.areaId()) {
                throw InvalidInput.of("goalId", "samspar.goal.otherArea");
            }
        }
        if (structure.party(draft.leadPartyId()).isEmpty()) {
            throw InvalidInput.of("leadPartyId", "samspar.party.notParty");
        }
        for (Long partyId : draft.participatingPartyIds()) {
            if (partyId == null || structure.party(partyId).isEmpty()) {
                throw InvalidInput.of("participatingPartyIds", "samspar.party.notParty");
            }
        }
    }

    private void requireUniqueReference(long agreementId, String reference, long except) {
        long clash = em.createQuery("select count(a) from Activity a where a.agreementId = :a and a.reference = :r"
                        + " and a.id <> :except", Long.class)
                .setParameter("a", agreementId).setParameter("r", reference.strip()).setParameter("except", except)
                .getSingleResult();
        if (clash > 0) {
            throw InvalidInput.of("reference", "samspar.unique");
        }
    }

    @Override
    public long report(long activityId, StatusReport report) {
        return append(activityId, report, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }


    @Override
    public long importUpdate(long activityId, StatusReport report, LocalDateTime reportedAt) {
        AccessDenied.unless(callers.current().system(), "import status history");
        if (reportedAt == null) {
            throw InvalidInput.of("reportedAt", "samspar.required");
        }
        return append(activityId, report, reportedAt);
    }

    private long append(long activityId, StatusReport report, LocalDateTime at) {
        Activity a = load(activityId);
        Caller caller = callers.current();
        AccessDenied.unless(mayReport(caller, a), "report on activity " + activityId);
        if (!caller.system()) {
            // Who reported is the signed-in user, whatever the request claims.
            report = new StatusReport(report.status(), report.light(), report.progress(), report.comment(),
                    report.hoursSpent(), caller.displayName(), caller.organisationId());
        }
        validator.check(report);
        StatusUpdate update = new StatusUpdate(activityId, report.status(), report.light(), report.progress(),
                report.comment(), report.hoursSpent(), report.reportedBy(), report.reporterOrganisationId(), at);
        em.persist(update);
        a.apply(update);
        StaleEdit.flush(em, ENTITY, activityId);
        statusReported.fire(new StatusReported(a.agreementId(), activityId, update.id(), update.status(),
                update.light(), update.progress(), update.reportedBy()));
        return update.id();
    }

    @Override
    public boolean mayReport(long activityId) {
        Activity a = em.find(Activity.class, activityId);
        return a != null && mayReport(callers.current(), a);
    }

    /** Rule 5, with the agreement's setting and the lead party's organisation from the agreement module. */
    private boolean mayReport(Caller caller, Activity a) {
        AgreementStructure s = agreements.structure(a.agreementId()).orElseThrow();
        long leadOrganisation = s.party(a.leadPartyId()).map(p -> p.organisationId()).orElse(-1L);
        return ReportingRights.mayReport(caller, a.agreementId(), s.agreement().partiesReportOwnActivities(),
                leadOrganisation, a.reporterUser());
    }

    private Activity load(long activityId) {
        Activity a = em.find(Activity.class, activityId);
        if (a == null) {
            throw new NotFound(ENTITY, activityId);
        }
        return a;
    }

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
    public List<StatusUpdateView> history(long activityId) {
        agreements.structure(load(activityId).agreementId());
        return em.createQuery("select u from StatusUpdate u where u.activityId = :a order by u.reportedAt desc, u.id desc",
                        StatusUpdate.class)
                .setParameter("a", activityId).getResultList().stream()
                .map(ActivityServiceBean::view)
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
                .map(ActivityServiceBean::view).toList();
    }

    /**
     * Roll-ups per area, goal (an overall goal counts its sub-goals' activities too), lead party
     * and the whole agreement, from one query over the activities' figures.
     */
    @Override
    public AgreementProgress progress(long agreementId) {
        AgreementStructure structure = agreements.structure(agreementId)
                .orElseThrow(() -> new NotFound("Agreement", agreementId));
        Map<Long, Long> parentOf = structure.goals().filter(g -> g.parentId() != null)
                .collect(Collectors.toMap(GoalView::id, GoalView::parentId));
        List<Object[]> rows = em.createQuery("select a.areaId, a.goalId, a.leadPartyId, a.status, a.progress, a.weight"
                        + " from Activity a where a.agreementId = :a", Object[].class)
                .setParameter("a", agreementId).getResultList();
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
     * A fixed number of queries however many agreements and activities: the caller's agreements,
     * their parties, their open activities with participants; rule 5 and rule 2 are applied here.
     */
    @Override
    public List<ActivityView> needingMyUpdate(int max) {
        Caller caller = callers.current();
        Map<Long, AgreementView> mine = agreements.agreements().stream()
                .collect(Collectors.toMap(AgreementView::id, v -> v));
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> organisationOfParty = agreements.partiesOf(mine.keySet()).stream()
                .collect(Collectors.toMap(PartyView::id, PartyView::organisationId));
        List<Activity> open = em.createQuery("select a from Activity a where a.agreementId in :ids"
                        + " and a.status not in :closed", Activity.class)
                .setParameter("ids", List.copyOf(mine.keySet()))
                .setParameter("closed", List.of(ActivityStatus.COMPLETED, ActivityStatus.CANCELLED))
                .getResultList();
        LocalDate today = LocalDate.now(clock);
        List<Activity> due = open.stream()
                .filter(a -> a.needsUpdate(mine.get(a.agreementId()).updateIntervalDays(), today))
                .filter(a -> ReportingRights.mayReport(caller, a.agreementId(),
                        mine.get(a.agreementId()).partiesReportOwnActivities(),
                        organisationOfParty.getOrDefault(a.leadPartyId(), -1L), a.reporterUser()))
                .sorted(Comparator.comparing(Activity::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Activity::id))
                .limit(max)
                .toList();
        Map<Long, Set<Long>> participants = ActivityViews.participantsOf(em, due.stream().map(Activity::id).toList());
        return due.stream().map(a -> ActivityViews.of(a, participants.getOrDefault(a.id(), Set.of()),
                mine.get(a.agreementId()).updateIntervalDays(), today)).toList();
    }

    /** Three queries besides the agreement list: parties, activities, participants. */
    @Override
    public List<ActivityView> ofMyOrganisation() {
        Caller caller = callers.current();
        if (caller.organisationId() == null) {
            return List.of();
        }
        Map<Long, AgreementView> mine = agreements.agreements().stream()
                .collect(Collectors.toMap(AgreementView::id, v -> v));
        List<Long> myParties = agreements.partiesOf(mine.keySet()).stream()
                .filter(p -> p.organisationId() == caller.organisationId()).map(PartyView::id).toList();
        if (myParties.isEmpty()) {
            return List.of();
        }
        List<Activity> list = em.createQuery("select distinct a from Activity a left join a.participatingPartyIds p"
                        + " where a.leadPartyId in :parties or p in :parties"
                        + " order by a.dueDate, a.reference", Activity.class)
                .setParameter("parties", myParties).getResultList();
        Map<Long, Set<Long>> participants = ActivityViews.participantsOf(em, list.stream().map(Activity::id).toList());
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(a -> ActivityViews.of(a, participants.getOrDefault(a.id(), Set.of()),
                mine.get(a.agreementId()).updateIntervalDays(), today)).toList();
    }

    @Override
    public List<RecentUpdate> latestUpdates(int max) {
        List<Long> mine = agreements.agreements().stream().map(AgreementView::id).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u, a.agreementId, a.reference, a.title from StatusUpdate u, Activity a"
                        + " where u.activityId = a.id and a.agreementId in :ids order by u.reportedAt desc, u.id desc",
                        Object[].class)
                .setParameter("ids", mine).setMaxResults(max).getResultList().stream()
                .map(row -> new RecentUpdate(view((StatusUpdate) row[0]), (Long) row[1], (String) row[2],
                        (String) row[3]))
                .toList();
    }

    private static StatusUpdateView view(StatusUpdate u) {
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
