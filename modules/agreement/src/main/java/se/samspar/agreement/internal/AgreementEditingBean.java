package se.samspar.agreement.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import se.samspar.agreement.api.AgreementActivated;
import se.samspar.agreement.api.AgreementChanged;
import se.samspar.agreement.api.AgreementChanged.Subject;
import se.samspar.agreement.api.AgreementDraft;
import se.samspar.agreement.api.AgreementEditing;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.PartyDraft;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.agreement.api.RemovalAttempted;
import se.samspar.agreement.domain.Agreement;
import se.samspar.agreement.domain.Goal;
import se.samspar.agreement.domain.Organisation;
import se.samspar.agreement.domain.Party;
import se.samspar.agreement.domain.PriorityArea;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.Period;
import se.samspar.platform.api.Refusal;
import se.samspar.platform.api.Roles;
import se.samspar.platform.api.StaleEdit;
import se.samspar.platform.api.UniqueKeys;

/** {@link AgreementEditing}: the coordinator's changes to an agreement and its structure. */
@ModuleService
public class AgreementEditingBean implements AgreementEditing {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    Event<AgreementChanged> changed;
    @Inject
    Event<AgreementActivated> activated;
    @Inject
    CallerContext callers;
    @Inject
    AgreementRights rights;
    @Inject
    Event<RemovalAttempted> removal;

    @Override
    public long create(AgreementDraft draft) {
        Caller c = callers.current();
        AccessDenied.unless(c.system() || c.hasRole(Roles.COORDINATOR) || c.isAdministrator(), "create agreements");
        validator.check(draft);
        if (draft.renewsAgreementId() != null) {
            Stored.load(em, Agreement.class, draft.renewsAgreementId(), "renewsAgreementId");
            requireNotRenewed(draft.renewsAgreementId());
        }
        Agreement a = new Agreement(draft.title(), period(draft), draft.renewsAgreementId());
        describe(a, draft);
        em.persist(a);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (draft.renewsAgreementId() != null && UniqueKeys.violated(e)) {
                // Renewed at the same moment by someone else: their renewal is the one, not yet visible to us.
                throw new Refusal("renewsAgreementId", "samspar.agreement.renewedConcurrently", Map.of());
            }
            throw e;
        }
        fire(a.id(), Subject.AGREEMENT, a.id(), Change.CREATED, a.title());
        return a.id();
    }

    @Override
    public void update(long agreementId, long expectedVersion, AgreementDraft draft) {
        rights.requireEditable(agreementId);
        validator.check(draft);
        Agreement a = Stored.load(em, Agreement.class, agreementId, "id");
        StaleEdit.check("Agreement", agreementId, a.version(), expectedVersion);
        a.retitle(draft.title(), period(draft));
        describe(a, draft);
        StaleEdit.flush(em, "Agreement", agreementId);
        fire(agreementId, Subject.AGREEMENT, agreementId, Change.UPDATED, a.title());
    }

    /** Rule 12: an agreement has at most one renewal; a second is refused, naming the first. */
    private void requireNotRenewed(long agreementId) {
        List<Agreement> renewals = em.createQuery("select a from Agreement a where a.renewsAgreementId = :id",
                Agreement.class).setParameter("id", agreementId).getResultList();
        if (!renewals.isEmpty()) {
            Agreement r = renewals.get(0);
            throw new Refusal("renewsAgreementId", "samspar.agreement.renewedAlready",
                    Map.of("title", r.title(), "id", String.valueOf(r.id())));
        }
    }

    private static Period period(AgreementDraft draft) {
        if (draft.validTo().isBefore(draft.validFrom())) {
            throw InvalidInput.of("validTo", "samspar.period.endBeforeStart");
        }
        return new Period(draft.validFrom(), draft.validTo());
    }

    private static void describe(Agreement a, AgreementDraft draft) {
        a.describeDecision(draft.diaryNumber(), draft.decidedBy(), draft.decidedOn(), draft.description());
        a.setReporting(draft.updateIntervalDays(), draft.partiesReportOwnActivities());
    }

    @Override
    public void changeStatus(long agreementId, long expectedVersion, AgreementStatus status) {
        if (status == null) {
            throw InvalidInput.of("status", "samspar.required");
        }
        rights.requireEditable(agreementId);
        Agreement a = Stored.load(em, Agreement.class, agreementId, "id");
        StaleEdit.check("Agreement", agreementId, a.version(), expectedVersion);
        AgreementStatus before = a.status();
        a.changeStatus(status);
        StaleEdit.flush(em, "Agreement", agreementId);
        fire(agreementId, Subject.AGREEMENT, agreementId, Change.UPDATED, "status " + before + " → " + status);
        if (before != AgreementStatus.ACTIVE && status == AgreementStatus.ACTIVE) {
            activated.fire(new AgreementActivated(agreementId));
        }
    }

    @Override
    public long addParty(long agreementId, PartyDraft draft) {
        rights.requireEditable(agreementId);
        validator.check(draft);
        Stored.load(em, Agreement.class, agreementId, "agreementId");
        Organisation o = Stored.load(em, Organisation.class, draft.organisationId(), "organisationId");
        long existing = em.createQuery("select count(p) from Party p where p.agreementId = :a and p.organisationId = :o",
                        Long.class).setParameter("a", agreementId).setParameter("o", o.id()).getSingleResult();
        if (existing > 0) {
            throw InvalidInput.of("organisationId", "samspar.unique");
        }
        Party p = new Party(agreementId, o.id(), nextOrder("Party", "p.agreementId", agreementId));
        p.sign(draft.signatoryName(), draft.signatoryTitle(), draft.signedOn(), draft.contactPerson());
        em.persist(p);
        UniqueKeys.flush(em, "organisationId");
        fire(agreementId, Subject.PARTY, p.id(), Change.CREATED, o.name());
        return p.id();
    }

    @Override
    public void updateParty(long partyId, long expectedVersion, PartyDraft draft) {
        validator.check(draft);
        Party p = Stored.load(em, Party.class, partyId, "id");
        rights.requireEditable(p.agreementId());
        StaleEdit.check("Party", partyId, p.version(), expectedVersion);
        if (draft.organisationId() != p.organisationId()) {
            throw InvalidInput.of("organisationId", "samspar.unknown");
        }
        p.sign(draft.signatoryName(), draft.signatoryTitle(), draft.signedOn(), draft.contactPerson());
        StaleEdit.flush(em, "Party", partyId);
        fire(p.agreementId(), Subject.PARTY, partyId, Change.UPDATED, null);
    }

    @Override
    public long addPriorityArea(long agreementId, PriorityAreaDraft draft) {
        rights.requireEditable(agreementId);
        validator.check(draft);
        Stored.load(em, Agreement.class, agreementId, "agreementId");
        requireUniqueCode(agreementId, draft.code(), -1L);
        PriorityArea area = new PriorityArea(agreementId, nextOrder("PriorityArea", "p.agreementId", agreementId),
                draft.code(), draft.name(), draft.description());
        em.persist(area);
        UniqueKeys.flush(em, "code");
        fire(agreementId, Subject.PRIORITY_AREA, area.id(), Change.CREATED, area.code() + " " + area.name());
        return area.id();
    }

    @Override
    public void updatePriorityArea(long areaId, long expectedVersion, PriorityAreaDraft draft) {
        validator.check(draft);
        PriorityArea area = Stored.load(em, PriorityArea.class, areaId, "id");
        rights.requireEditable(area.agreementId());
        StaleEdit.check("PriorityArea", areaId, area.version(), expectedVersion);
        requireUniqueCode(area.agreementId(), draft.code(), areaId);
        area.describe(draft.code(), draft.name(), draft.description());
        try {
            StaleEdit.flush(em, "PriorityArea", areaId);
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e)) {
                throw InvalidInput.of("code", "samspar.unique");
            }
            throw e;
        }
        fire(area.agreementId(), Subject.PRIORITY_AREA, areaId, Change.UPDATED, area.code() + " " + area.name());
    }

    private void requireUniqueCode(long agreementId, String code, long except) {
        long clash = em.createQuery("select count(p) from PriorityArea p where p.agreementId = :a and p.code = :c"
                        + " and p.id <> :except", Long.class)
                .setParameter("a", agreementId).setParameter("c", code.strip()).setParameter("except", except)
                .getSingleResult();
        if (clash > 0) {
            throw InvalidInput.of("code", "samspar.unique");
        }
    }

    @Override
    public long addGoal(long areaId, GoalDraft draft) {
        validator.check(draft);
        PriorityArea area = Stored.load(em, PriorityArea.class, areaId, "areaId");
        rights.requireEditable(area.agreementId());
        Goal goal;
        if (draft.parentGoalId() == null) {
            goal = new Goal(areaId, nextOrder("Goal", "p.areaId", areaId), draft.title(), draft.description());
        } else {
            Goal parent = Stored.load(em, Goal.class, draft.parentGoalId(), "parentGoalId");
            goal = new Goal(parent, nextOrder("Goal", "p.areaId", areaId), draft.title(), draft.description());
            if (parent.areaId() != areaId) {
                throw InvalidInput.of("parentGoalId", "samspar.goal.otherArea");
            }
        }
        em.persist(goal);
        em.flush();
        fire(area.agreementId(), Subject.GOAL, goal.id(), Change.CREATED, goal.title());
        return goal.id();
    }

    @Override
    public void updateGoal(long goalId, long expectedVersion, GoalDraft draft) {
        validator.check(draft);
        Goal goal = Stored.load(em, Goal.class, goalId, "id");
        rights.requireEditable(em.find(PriorityArea.class, goal.areaId()).agreementId());
        StaleEdit.check("Goal", goalId, goal.version(), expectedVersion);
        if (draft.parentGoalId() != null) {
            long children = em.createQuery("select count(g) from Goal g where g.parentId = :id", Long.class)
                    .setParameter("id", goalId).getSingleResult();
            if (children > 0) {
                throw InvalidInput.of("parentGoalId", "samspar.goal.oneLevel");
            }
            goal.placeUnder(Stored.load(em, Goal.class, draft.parentGoalId(), "parentGoalId"));
        } else {
            goal.placeUnder(null);
        }
        goal.describe(draft.title(), draft.description());
        StaleEdit.flush(em, "Goal", goalId);
        PriorityArea area = em.find(PriorityArea.class, goal.areaId());
        fire(area.agreementId(), Subject.GOAL, goalId, Change.UPDATED, goal.title());
    }

    @Override
    public void removeParty(long partyId, long expectedVersion) {
        Party p = Stored.load(em, Party.class, partyId, "id");
        rights.requireEditable(p.agreementId());
        StaleEdit.check("Party", partyId, p.version(), expectedVersion);
        removal.fire(new RemovalAttempted(p.agreementId(), Subject.PARTY, partyId));
        String name = em.find(Organisation.class, p.organisationId()).name();
        em.remove(p);
        StaleEdit.flush(em, "Party", partyId);
        fire(p.agreementId(), Subject.PARTY, partyId, Change.DELETED, name);
    }

    @Override
    public void removePriorityArea(long areaId, long expectedVersion) {
        PriorityArea area = Stored.load(em, PriorityArea.class, areaId, "id");
        rights.requireEditable(area.agreementId());
        StaleEdit.check("PriorityArea", areaId, area.version(), expectedVersion);
        List<String> goals = em.createQuery("select g.title from Goal g where g.areaId = :a order by g.order",
                String.class).setParameter("a", areaId).getResultList();
        if (!goals.isEmpty()) {
            throw new Refusal("area", "samspar.area.hasGoals", Map.of("goals", String.join(", ", goals)));
        }
        removal.fire(new RemovalAttempted(area.agreementId(), Subject.PRIORITY_AREA, areaId));
        em.remove(area);
        StaleEdit.flush(em, "PriorityArea", areaId);
        fire(area.agreementId(), Subject.PRIORITY_AREA, areaId, Change.DELETED, area.code() + " " + area.name());
    }

    @Override
    public void removeGoal(long goalId, long expectedVersion) {
        Goal goal = Stored.load(em, Goal.class, goalId, "id");
        long agreementId = em.find(PriorityArea.class, goal.areaId()).agreementId();
        rights.requireEditable(agreementId);
        StaleEdit.check("Goal", goalId, goal.version(), expectedVersion);
        List<String> subGoals = em.createQuery("select g.title from Goal g where g.parentId = :id order by g.order",
                String.class).setParameter("id", goalId).getResultList();
        if (!subGoals.isEmpty()) {
            throw new Refusal("goal", "samspar.goal.hasSubGoals", Map.of("goals", String.join(", ", subGoals)));
        }
        removal.fire(new RemovalAttempted(agreementId, Subject.GOAL, goalId));
        em.remove(goal);
        StaleEdit.flush(em, "Goal", goalId);
        fire(agreementId, Subject.GOAL, goalId, Change.DELETED, goal.title());
    }

    private int nextOrder(String entity, String owner, long ownerId) {
        Integer max = em.createQuery("select max(p.order) from " + entity + " p where " + owner + " = :owner",
                Integer.class).setParameter("owner", ownerId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private void fire(long agreementId, Subject subject, long subjectId, Change change, String summary) {
        changed.fire(new AgreementChanged(agreementId, subject, subjectId, change, summary));
    }
}
