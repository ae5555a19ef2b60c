package se.samspar.agreement.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samspar.agreement.api.AgreementDraft;
import se.samspar.agreement.api.AgreementEditing;
import se.samspar.agreement.api.AgreementRenewal;
import se.samspar.agreement.api.AgreementRenewed;
import se.samspar.agreement.api.RenewalDraft;
import se.samspar.agreement.domain.Agreement;
import se.samspar.agreement.domain.Goal;
import se.samspar.agreement.domain.Party;
import se.samspar.agreement.domain.PriorityArea;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.ModuleService;

/**
 * {@link AgreementRenewal}, rule 7: the new agreement is created as any other, then the old one's parties,
 * areas and goals are copied into it and {@link AgreementRenewed} tells the action plan, in the same
 * transaction, which copy is which.
 */
@ModuleService
public class AgreementRenewalBean implements AgreementRenewal {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    Event<AgreementRenewed> renewed;
    @Inject
    AgreementRights rights;
    @Inject
    AgreementEditing editing;

    @Override
    public long renew(long agreementId, RenewalDraft draft) {
        rights.requireCoordinator(agreementId);
        validator.check(draft);
        Agreement old = Stored.load(em, Agreement.class, agreementId, "id");
        long newId = editing.create(new AgreementDraft(draft.title(), draft.validFrom(), draft.validTo(), null, null,
                null, old.description(), old.updateIntervalDays(), old.partiesReportOwnActivities(), agreementId));
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
            goals.putAll(copyGoals(area.id(), copy.id()));
        }
        renewed.fire(new AgreementRenewed(agreementId, newId, parties, areas, goals));
        return newId;
    }

    /** The area's goals copied into its copy, overall goals first; old goal id → new goal id. */
    private Map<Long, Long> copyGoals(long areaId, long copyId) {
        List<Goal> ofArea = em.createQuery("select g from Goal g where g.areaId = :a order by g.order, g.id",
                Goal.class).setParameter("a", areaId).getResultList();
        Map<Long, Goal> copies = new HashMap<>();
        for (Goal g : ofArea.stream().filter(g -> g.parentId() == null).toList()) {
            Goal c = new Goal(copyId, g.order(), g.title(), g.description());
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
        Map<Long, Long> ids = new HashMap<>();
        copies.forEach((oldId, c) -> ids.put(oldId, c.id()));
        return ids;
    }
}
