package se.samspar.agreement.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.agreement.domain.Agreement;
import se.samspar.agreement.domain.Goal;
import se.samspar.agreement.domain.Organisation;
import se.samspar.agreement.domain.Party;
import se.samspar.agreement.domain.PriorityArea;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.Roles;

/**
 * {@link AgreementQueries}: the agreements the caller may see, each read in a fixed number of queries and
 * built into views here.
 */
@ModuleService
public class AgreementQueriesBean implements AgreementQueries {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CallerContext callers;
    @Inject
    AgreementRights rights;
    @Inject
    jakarta.enterprise.inject.Instance<StructureReads> reads;
    @Inject
    se.samspar.platform.api.ReadCache cache;

    @Override
    public boolean mayEdit(long agreementId) {
        return rights.mayEdit(agreementId);
    }

    /** Read once per request and caller ({@link StructureReads}): every query that spans agreements starts here. */
    @Override
    public List<AgreementView> agreements() {
        Caller c = callers.current();
        List<AgreementView> kept = reads(r -> r.visible(c));
        if (kept != null) {
            return kept;
        }
        // Shared by the callers who see the same: what readVisible asks of the caller, and nothing else, is the key.
        List<AgreementView> views = cache.shared("agreements|" + (c.system() || c.isAdministrator() ? "all"
                : c.organisationId() + "|" + (c.hasRole(Roles.COORDINATOR) ? new java.util.TreeSet<>(c.coordinatorOf())
                : "-")), () -> readVisible(c));
        reads(r -> {
            r.keepVisible(c, views);
            return null;
        });
        return views;
    }

    private List<AgreementView> readVisible(Caller c) {
        List<Agreement> list;
        if (c.system() || c.isAdministrator()) {
            list = em.createQuery("select a from Agreement a order by a.validFrom desc, a.title", Agreement.class)
                    .getResultList();
        } else {
            List<Long> coordinated = new ArrayList<>(c.hasRole(Roles.COORDINATOR) ? c.coordinatorOf() : java.util.Set.<Long>of());
            coordinated.add(-1L);
            // EXISTS, not "a.id in (select …)": beside the OR, Derby evaluated the IN subquery anew for every agreement
            // (550 ms for the police at national scale, against 40 ms).
            list = em.createQuery("select a from Agreement a where exists (select p from Party p"
                            + " where p.agreementId = a.id and p.organisationId = :o) or a.id in :coordinated"
                            + " order by a.validFrom desc, a.title", Agreement.class)
                    .setParameter("o", c.organisationId() == null ? -1L : c.organisationId())
                    .setParameter("coordinated", coordinated).getResultList();
        }
        return list.stream().map(AgreementQueriesBean::view).toList();
    }

    /**
     * Four queries whatever the size: agreement, parties with organisations, areas, goals; once per request and
     * caller ({@link StructureReads}).
     */
    @Override
    public Optional<AgreementStructure> structure(long agreementId) {
        Caller caller = callers.current();
        AgreementStructure kept = reads(r -> r.get(caller, agreementId));
        if (kept != null) {
            return Optional.of(kept); // read and checked for this caller earlier in this request
        }
        Optional<AgreementStructure> structure = read(agreementId);
        structure.ifPresent(s -> reads(r -> {
            r.keep(caller, s);
            return null;
        }));
        return structure;
    }

    /** The request's {@link StructureReads}, where a request is active; else nothing is kept. */
    private <T> T reads(java.util.function.Function<StructureReads, T> use) {
        try {
            return use.apply(reads.get());
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return null;
        }
    }

    private Optional<AgreementStructure> read(long agreementId) {
        Agreement a = em.find(Agreement.class, agreementId);
        if (a == null) {
            return Optional.empty();
        }
        rights.requireVisible(agreementId);
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
        Caller c = callers.current();
        java.util.Set<Long> asked = java.util.Set.copyOf(agreementIds);
        List<PartyView> kept = reads(r -> r.parties(c, asked));
        if (kept != null) {
            return kept;
        }
        List<Long> visible = agreements().stream().map(AgreementView::id).filter(asked::contains).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        List<PartyView> found = cache.shared("partiesOf|" + visible, () -> em.createQuery("select p, o from Party p,"
                        + " Organisation o where o.id = p.organisationId and p.agreementId in :ids"
                        + " order by p.agreementId, p.order", Object[].class)
                .setParameter("ids", visible).getResultList().stream()
                .map(row -> view((Party) row[0], (Organisation) row[1])).toList());
        reads(r -> {
            r.keepParties(c, asked, found);
            return null;
        });
        return found;
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
