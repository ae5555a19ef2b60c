package se.samspar.agreement.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import se.samspar.agreement.api.AgreementChanged;
import se.samspar.agreement.api.AgreementChanged.Subject;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.agreement.api.PriorityAreaEditing;
import se.samspar.agreement.api.RemovalAttempted;
import se.samspar.agreement.domain.Agreement;
import se.samspar.agreement.domain.Goal;
import se.samspar.agreement.domain.PriorityArea;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.Refusal;
import se.samspar.platform.api.StaleEdit;
import se.samspar.platform.api.UniqueKeys;

/** {@link PriorityAreaEditing}: the coordinator's changes to an agreement's priority areas and goals. */
@ModuleService
public class PriorityAreaEditingBean implements PriorityAreaEditing {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    Event<AgreementChanged> changed;
    @Inject
    AgreementRights rights;
    @Inject
    Event<RemovalAttempted> removal;

    @Override
    public long addPriorityArea(long agreementId, PriorityAreaDraft draft) {
        rights.requireEditable(agreementId);
        validator.check(draft);
        Stored.load(em, Agreement.class, agreementId, "agreementId");
        requireUniqueCode(agreementId, draft.code(), -1L);
        int order = Stored.nextOrder(em, "PriorityArea", "p.agreementId", agreementId);
        PriorityArea area = new PriorityArea(agreementId, order, draft.code(), draft.name(), draft.description());
        em.persist(area);
        UniqueKeys.flush(em, "code");
        changed.fire(new AgreementChanged(agreementId, Subject.PRIORITY_AREA, area.id(),
                Change.CREATED, area.code() + " " + area.name()));
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
        changed.fire(new AgreementChanged(area.agreementId(), Subject.PRIORITY_AREA, areaId,
                Change.UPDATED, area.code() + " " + area.name()));
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
        int order = Stored.nextOrder(em, "Goal", "p.areaId", areaId);
        Goal goal;
        if (draft.parentGoalId() == null) {
            goal = new Goal(areaId, order, draft.title(), draft.description());
        } else {
            Goal parent = Stored.load(em, Goal.class, draft.parentGoalId(), "parentGoalId");
            goal = new Goal(parent, order, draft.title(), draft.description());
            if (parent.areaId() != areaId) {
                throw InvalidInput.of("parentGoalId", "samspar.goal.otherArea");
            }
        }
        em.persist(goal);
        em.flush();
        changed.fire(new AgreementChanged(area.agreementId(), Subject.GOAL, goal.id(), Change.CREATED, goal.title()));
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
        changed.fire(new AgreementChanged(area.agreementId(), Subject.GOAL, goalId, Change.UPDATED, goal.title()));
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
        changed.fire(new AgreementChanged(area.agreementId(), Subject.PRIORITY_AREA, areaId,
                Change.DELETED, area.code() + " " + area.name()));
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
        changed.fire(new AgreementChanged(agreementId, Subject.GOAL, goalId, Change.DELETED, goal.title()));
    }
}
