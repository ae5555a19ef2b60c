package se.samspar.actionplan.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.samspar.actionplan.api.ActivityChanged;
import se.samspar.actionplan.api.LeadPartyChanged;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityEditing;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.StatusUpdates;
import se.samspar.actionplan.domain.Activity;
import se.samspar.actionplan.domain.ReportingRights;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalView;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.StaleEdit;
import se.samspar.platform.api.UniqueKeys;

/**
 * {@link ActivityEditing}: the coordinator's changes to an agreement's activities. Area, goal and parties
 * are checked against the agreement's structure; a cancellation is a status update, sent through
 * {@link StatusUpdates} in the same transaction.
 */
@ModuleService
public class ActivityEditingBean implements ActivityEditing {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    AgreementQueries agreements;
    @Inject
    StatusUpdates statusUpdates;
    @Inject
    Clock clock;
    @Inject
    Event<ActivityChanged> activityChanged;
    @Inject
    Event<LeadPartyChanged> leadPartyChanged;
    @Inject
    CallerContext callers;

    @Override
    public long create(long agreementId, ActivityDraft draft) {
        AccessDenied.unless(ReportingRights.mayEdit(callers.current(), agreementId), "edit activities");
        validator.check(draft);
        AgreementStructure structure = agreements.structure(agreementId)
                .orElseThrow(() -> InvalidInput.of("agreementId", "samspar.unknown"));
        structure.agreement().requireOpen();
        checkAgainst(structure, draft);
        requireUniqueReference(agreementId, draft.reference(), -1L);
        Integer maxOrder = em.createQuery("select max(a.order) from Activity a where a.agreementId = :a", Integer.class)
                .setParameter("a", agreementId).getSingleResult();
        Activity a = new Activity(agreementId, maxOrder == null ? 1 : maxOrder + 1, LocalDate.now(clock), null);
        describe(a, draft);
        em.persist(a);
        UniqueKeys.flush(em, "reference");
        activityChanged.fire(new ActivityChanged(agreementId, a.id(), Change.CREATED, a.reference()));
        return a.id();
    }

    @Override
    public void update(long activityId, long expectedVersion, ActivityDraft draft) {
        Activity a = Stored.activity(em, activityId);
        AccessDenied.unless(ReportingRights.mayEdit(callers.current(), a.agreementId()), "edit activities");
        validator.check(draft);
        StaleEdit.check(Stored.ACTIVITY, activityId, a.version(), expectedVersion);
        AgreementStructure structure = agreements.structure(a.agreementId()).orElseThrow();
        structure.agreement().requireOpen();
        checkAgainst(structure, draft);
        requireUniqueReference(a.agreementId(), draft.reference(), activityId);
        long leadBefore = a.leadPartyId();
        describe(a, draft);
        try {
            StaleEdit.flush(em, Stored.ACTIVITY, activityId);
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e)) {
                throw InvalidInput.of("reference", "samspar.unique");
            }
            throw e;
        }
        activityChanged.fire(new ActivityChanged(a.agreementId(), activityId, Change.UPDATED, a.reference()));
        if (leadBefore != a.leadPartyId()) {
            leadPartyChanged.fire(new LeadPartyChanged(a.agreementId(), activityId, a.reference(), a.title(),
                    leadBefore, a.leadPartyId()));
        }
    }

    @Override
    public void delete(long activityId, long expectedVersion) {
        Activity a = editable(activityId, expectedVersion, "delete activities");
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
        StaleEdit.flush(em, Stored.ACTIVITY, activityId);
        activityChanged.fire(new ActivityChanged(a.agreementId(), activityId, Change.DELETED, a.reference()));
    }

    @Override
    public long cancel(long activityId, long expectedVersion, String reason) {
        Activity a = editable(activityId, expectedVersion, "cancel activities");
        if (a.status() == ActivityStatus.CANCELLED || a.status() == ActivityStatus.COMPLETED) {
            throw InvalidInput.of("activity", "samspar.activity.closed");
        }
        return statusUpdates.report(activityId,
                new StatusReport(ActivityStatus.CANCELLED, a.light(), a.progress(), reason, null, null, null));
    }

    @Override
    public void move(long activityId, long expectedVersion, int direction) {
        Activity a = editable(activityId, expectedVersion, "reorder activities");
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
        StaleEdit.flush(em, Stored.ACTIVITY, activityId);
        activityChanged.fire(new ActivityChanged(a.agreementId(), activityId, Change.UPDATED, a.reference()));
    }

    /** The activity, if the caller may edit it (else {@code AccessDenied}: "{@code what}") and it is unchanged. */
    private Activity editable(long activityId, long expectedVersion, String what) {
        Activity a = Stored.activity(em, activityId);
        AccessDenied.unless(ReportingRights.mayEdit(callers.current(), a.agreementId()), what);
        agreements.structure(a.agreementId()).orElseThrow().agreement().requireOpen();
        StaleEdit.check(Stored.ACTIVITY, activityId, a.version(), expectedVersion);
        return a;
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
}
