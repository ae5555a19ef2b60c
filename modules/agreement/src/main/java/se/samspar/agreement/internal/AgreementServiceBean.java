package se.samspar.agreement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samspar.agreement.api.AgreementChanged;
import se.samspar.agreement.api.AgreementChanged.Subject;
import se.samspar.agreement.api.AgreementDraft;
import se.samspar.agreement.api.AgreementRenewed;
import se.samspar.agreement.api.RenewalDraft;
import se.samspar.agreement.api.AgreementService;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PartyDraft;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.agreement.api.PriorityAreaView;
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
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.Period;
import se.samspar.platform.api.Roles;
import se.samspar.platform.api.StaleEdit;

@ApplicationScoped
@se.samspar.platform.api.Guarded
@Transactional
public class AgreementServiceBean implements AgreementService {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    Event<AgreementChanged> changed;
    @Inject
    Event<AgreementRenewed> renewed;
    @Inject
    CallerContext callers;

    /**
     * Who may see an agreement: administrators, its coordinators, and users of an organisation
     * that is party to it.
     */
    private void requireVisible(long agreementId) {
        Caller c = callers.current();
        if (c.system() || c.isAdministrator() || c.coordinates(agreementId)) {
            return;
        }
        AccessDenied.unless(c.organisationId() != null && em.createQuery(
                        "select count(p) from Party p where p.agreementId = :a and p.organisationId = :o", Long.class)
                .setParameter("a", agreementId).setParameter("o", c.organisationId()).getSingleResult() > 0,
                "see agreement " + agreementId);
    }

    /** Who may change an agreement's structure: its coordinators. */
    private void requireCoordinator(long agreementId) {
        AccessDenied.unless(mayEdit(agreementId), "edit agreement " + agreementId);
    }

    @Override
    public boolean mayEdit(long agreementId) {
        return callers.current().coordinates(agreementId);
    }

    @Override
    public long create(AgreementDraft draft) {
        Caller c = callers.current();
        AccessDenied.unless(c.system() || c.hasRole(Roles.COORDINATOR), "create agreements");
        validator.check(draft);
        if (draft.renewsAgreementId() != null) {
            load(Agreement.class, draft.renewsAgreementId(), "renewsAgreementId");
        }
        Agreement a = new Agreement(draft.title(), period(draft), draft.renewsAgreementId());
        describe(a, draft);
        em.persist(a);
        em.flush();
        fire(a.id(), Subject.AGREEMENT, a.id(), Change.CREATED, a.title());
        return a.id();
    }

    @Override
    public long renew(long agreementId, RenewalDraft draft) {
        requireCoordinator(agreementId);
        validator.check(draft);
        Agreement old = load(Agreement.class, agreementId, "id");
        long newId = create(new AgreementDraft(draft.title(), draft.validFrom(), draft.validTo(), null, null, null,
                old.description(), old.updateIntervalDays(), old.partiesReportOwnActivities(), agreementId));
        // The copies are made here, not through addParty & co: the caller's coordinator rights of the
        // new agreement only take effect with the next request.
        Map<Long, Long> parties = new HashMap<>();
        for (Party p : em.createQuery("select p from Party p where p.agreementId = :a order by p.order", Party.class)
                .setParameter("a", agreementId).getResultList()) {
            Party copy = new Party(newId, p.organisationId(), p.order());
            copy.sign(null, p.signatoryTitle(), null, p.contactPerson());
            em.persist(copy);
            em.flush();
            parties.put(p.id(), copy.id());
        }
        Map<Long, Long> areas = new HashMap<>();
        Map<Long, Long> goals = new HashMap<>();
        for (PriorityArea area : em.createQuery("select p from PriorityArea p where p.agreementId = :a order by p.order",
                PriorityArea.class).setParameter("a", agreementId).getResultList()) {
            PriorityArea copy = new PriorityArea(newId, area.order(), area.code(), area.name(), area.description());
            em.persist(copy);
            em.flush();
            areas.put(area.id(), copy.id());
            List<Goal> ofArea = em.createQuery("select g from Goal g where g.areaId = :a order by g.order, g.id",
                    Goal.class).setParameter("a", area.id()).getResultList();
            Map<Long, Goal> copies = new HashMap<>();
            for (Goal g : ofArea.stream().filter(g -> g.parentId() == null).toList()) {
                Goal c = new Goal(copy.id(), g.order(), g.title(), g.description());
                em.persist(c);
                copies.put(g.id(), c);
            }
            em.flush(); // the overall goals' ids, which their sub-goals' copies point to
            for (Goal g : ofArea.stream().filter(g -> g.parentId() != null).toList()) {
                Goal c = new Goal(copies.get(g.parentId()), g.order(), g.title(), g.description());
                em.persist(c);
                copies.put(g.id(), c);
            }
            em.flush();
            copies.forEach((oldId, c) -> goals.put(oldId, c.id()));
        }
        renewed.fire(new AgreementRenewed(agreementId, newId, parties, areas, goals));
        return newId;
    }

    @Override
    public void update(long agreementId, long expectedVersion, AgreementDraft draft) {
        requireCoordinator(agreementId);
        validator.check(draft);
        Agreement a = load(Agreement.class, agreementId, "id");
        StaleEdit.check("Agreement", agreementId, a.version(), expectedVersion);
        a.retitle(draft.title(), period(draft));
        describe(a, draft);
        StaleEdit.flush(em, "Agreement", agreementId);
        fire(agreementId, Subject.AGREEMENT, agreementId, Change.UPDATED, a.title());
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
        requireCoordinator(agreementId);
        Agreement a = load(Agreement.class, agreementId, "id");
        StaleEdit.check("Agreement", agreementId, a.version(), expectedVersion);
        AgreementStatus before = a.status();
        a.changeStatus(status);
        StaleEdit.flush(em, "Agreement", agreementId);
        fire(agreementId, Subject.AGREEMENT, agreementId, Change.UPDATED, "status " + before + " → " + status);
    }

    @Override
    public long addParty(long agreementId, PartyDraft draft) {
        requireCoordinator(agreementId);
        validator.check(draft);
        load(Agreement.class, agreementId, "agreementId");
        Organisation o = load(Organisation.class, draft.organisationId(), "organisationId");
        long existing = em.createQuery("select count(p) from Party p where p.agreementId = :a and p.organisationId = :o",
                        Long.class).setParameter("a", agreementId).setParameter("o", o.id()).getSingleResult();
        if (existing > 0) {
            throw InvalidInput.of("organisationId", "samspar.unique");
        }
        Party p = new Party(agreementId, o.id(), nextOrder("Party", "p.agreementId", agreementId));
        p.sign(draft.signatoryName(), draft.signatoryTitle(), draft.signedOn(), draft.contactPerson());
        em.persist(p);
        em.flush();
        fire(agreementId, Subject.PARTY, p.id(), Change.CREATED, o.name());
        return p.id();
    }

    @Override
    public void updateParty(long partyId, long expectedVersion, PartyDraft draft) {
        validator.check(draft);
        Party p = load(Party.class, partyId, "id");
        requireCoordinator(p.agreementId());
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
        requireCoordinator(agreementId);
        validator.check(draft);
        load(Agreement.class, agreementId, "agreementId");
        requireUniqueCode(agreementId, draft.code(), -1L);
        PriorityArea area = new PriorityArea(agreementId, nextOrder("PriorityArea", "p.agreementId", agreementId),
                draft.code(), draft.name(), draft.description());
        em.persist(area);
        em.flush();
        fire(agreementId, Subject.PRIORITY_AREA, area.id(), Change.CREATED, area.code() + " " + area.name());
        return area.id();
    }

    @Override
    public void updatePriorityArea(long areaId, long expectedVersion, PriorityAreaDraft draft) {
        validator.check(draft);
        PriorityArea area = load(PriorityArea.class, areaId, "id");
        requireCoordinator(area.agreementId());
        StaleEdit.check("PriorityArea", areaId, area.version(), expectedVersion);
        requireUniqueCode(area.agreementId(), draft.code(), areaId);
        area.describe(draft.code(), draft.name(), draft.description());
        StaleEdit.flush(em, "PriorityArea", areaId);
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
        PriorityArea area = load(PriorityArea.class, areaId, "areaId");
        requireCoordinator(area.agreementId());
        Goal goal;
        if (draft.parentGoalId() == null) {
            goal = new Goal(areaId, nextOrder("Goal", "p.areaId", areaId), draft.title(), draft.description());
        } else {
            Goal parent = load(Goal.class, draft.parentGoalId(), "parentGoalId");
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
        Goal goal = load(Goal.class, goalId, "id");
        requireCoordinator(em.find(PriorityArea.class, goal.areaId()).agreementId());
        StaleEdit.check("Goal", goalId, goal.version(), expectedVersion);
        if (draft.parentGoalId() != null) {
            long children = em.createQuery("select count(g) from Goal g where g.parentId = :id", Long.class)
                    .setParameter("id", goalId).getSingleResult();
            if (children > 0) {
                throw InvalidInput.of("parentGoalId", "samspar.goal.oneLevel");
            }
            goal.placeUnder(load(Goal.class, draft.parentGoalId(), "parentGoalId"));
        } else {
            goal.placeUnder(null);
        }
        goal.describe(draft.title(), draft.description());
        StaleEdit.flush(em, "Goal", goalId);
        PriorityArea area = em.find(PriorityArea.class, goal.areaId());
        fire(area.agreementId(), Subject.GOAL, goalId, Change.UPDATED, goal.title());
    }

    private int nextOrder(String entity, String owner, long ownerId) {
        Integer max = em.createQuery("select max(p.order) from " + entity + " p where " + owner + " = :owner",
                Integer.class).setParameter("owner", ownerId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private <T> T load(Class<T> type, long id, String field) {
        T entity = em.find(type, id);
        if (entity == null) {
            if ("id".equals(field)) {
                throw new NotFound(type.getSimpleName(), id);
            }
            throw InvalidInput.of(field, "samspar.unknown");
        }
        return entity;
    }

    private void fire(long agreementId, Subject subject, long subjectId, Change change, String summary) {
        changed.fire(new AgreementChanged(agreementId, subject, subjectId, change, summary));
    }

    @Override
    public List<AgreementView> agreements() {
        Caller c = callers.current();
        List<Agreement> list;
        if (c.system() || c.isAdministrator()) {
            list = em.createQuery("select a from Agreement a order by a.validFrom desc, a.title", Agreement.class)
                    .getResultList();
        } else {
            List<Long> coordinated = new ArrayList<>(c.hasRole(Roles.COORDINATOR) ? c.coordinatorOf() : java.util.Set.<Long>of());
            coordinated.add(-1L);
            list = em.createQuery("select a from Agreement a where a.id in (select p.agreementId from Party p"
                            + " where p.organisationId = :o) or a.id in :coordinated order by a.validFrom desc, a.title",
                            Agreement.class)
                    .setParameter("o", c.organisationId() == null ? -1L : c.organisationId())
                    .setParameter("coordinated", coordinated).getResultList();
        }
        return list.stream().map(AgreementServiceBean::view).toList();
    }

    /** Four queries whatever the size: agreement, parties with organisations, areas, goals. */
    @Override
    public Optional<AgreementStructure> structure(long agreementId) {
        Agreement a = em.find(Agreement.class, agreementId);
        if (a == null) {
            return Optional.empty();
        }
        requireVisible(agreementId);
        List<PartyView> parties = em.createQuery("select p, o from Party p, Organisation o"
                        + " where o.id = p.organisationId and p.agreementId = :a order by p.order", Object[].class)
                .setParameter("a", agreementId).getResultList().stream()
                .map(row -> view((Party) row[0], (Organisation) row[1])).toList();
        List<PriorityArea> areas = em.createQuery("select p from PriorityArea p where p.agreementId = :a order by p.order",
                PriorityArea.class).setParameter("a", agreementId).getResultList();
        List<Goal> goals = em.createQuery("select g from Goal g, PriorityArea p where g.areaId = p.id"
                        + " and p.agreementId = :a order by g.order, g.id", Goal.class)
                .setParameter("a", agreementId).getResultList();
        return Optional.of(new AgreementStructure(view(a), parties, areas.stream().map(area -> view(area, goals)).toList()));
    }

    @Override
    public List<PartyView> partiesOf(Collection<Long> agreementIds) {
        List<Long> visible = agreements().stream().map(AgreementView::id).filter(agreementIds::contains).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p, o from Party p, Organisation o where o.id = p.organisationId"
                        + " and p.agreementId in :ids order by p.agreementId, p.order", Object[].class)
                .setParameter("ids", visible).getResultList().stream()
                .map(row -> view((Party) row[0], (Organisation) row[1])).toList();
    }

    private static PriorityAreaView view(PriorityArea area, List<Goal> allGoals) {
        Map<Long, List<GoalView>> subGoals = new LinkedHashMap<>();
        allGoals.stream().filter(g -> g.areaId() == area.id() && g.isSubGoal()).forEach(g ->
                subGoals.computeIfAbsent(g.parentId(), k -> new ArrayList<>()).add(view(g, List.of())));
        List<GoalView> goals = allGoals.stream().filter(g -> g.areaId() == area.id() && !g.isSubGoal())
                .map(g -> view(g, subGoals.getOrDefault(g.id(), List.of()))).toList();
        return new PriorityAreaView(area.id(), area.agreementId(), area.code(), area.name(), area.description(),
                area.order(), area.version(), goals);
    }

    private static GoalView view(Goal g, List<GoalView> subGoals) {
        return new GoalView(g.id(), g.areaId(), g.parentId(), g.title(), g.description(), g.order(), g.version(),
                subGoals);
    }

    static AgreementView view(Agreement a) {
        return new AgreementView(a.id(), a.title(), a.period().from(), a.period().to(), a.status(), a.diaryNumber(),
                a.decidedBy(), a.decidedOn(), a.description(), a.updateIntervalDays(), a.partiesReportOwnActivities(),
                a.renewsAgreementId(), a.version());
    }

    static PartyView view(Party p, Organisation o) {
        return new PartyView(p.id(), p.agreementId(), o.id(), o.name(), o.shortName(), o.type(), p.signatoryName(),
                p.signatoryTitle(), p.signedOn(), p.contactPerson(), p.order(), p.version());
    }
}
