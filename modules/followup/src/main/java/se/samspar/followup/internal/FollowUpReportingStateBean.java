package se.samspar.followup.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.LeadReporting;
import se.samspar.actionplan.api.LeadReporting.LeadCount;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.PartyView;
import se.samspar.followup.api.FollowUpReportingState;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.followup.api.OpenReporting;
import se.samspar.followup.api.PartiesReporting;
import se.samspar.followup.api.PartyReporting;
import se.samspar.followup.domain.FollowUp;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.Roles;

/** {@link FollowUpReportingState}: the follow-ups here, the counting in one statement of the action plan module. */
@ModuleService
public class FollowUpReportingStateBean implements FollowUpReportingState {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    AgreementQueries agreements;
    @Inject
    LeadReporting leadReporting;
    @Inject
    CallerContext callers;
    @Inject
    se.samspar.platform.api.ReadCache cache;

    @Override
    public PartiesReporting of(long followUpId) {
        FollowUp f = em.find(FollowUp.class, followUpId);
        if (f == null) {
            throw new NotFound("FollowUp", followUpId);
        }
        AgreementStructure s = agreements.structure(f.agreementId()).orElseThrow();
        return parties(s.parties(), counts(List.of(f), null).getOrDefault(f.id(), List.of()));
    }

    @Override
    public Map<Long, PartiesReporting> ofAgreement(long agreementId) {
        AgreementStructure s = agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId));
        List<FollowUp> open = em.createQuery("select f from FollowUp f where f.agreementId = :a and f.status <> :adopted",
                        FollowUp.class)
                .setParameter("a", agreementId).setParameter("adopted", FollowUpStatus.ADOPTED).getResultList();
        Map<Long, List<LeadCount>> counts = counts(open, null);
        Map<Long, PartiesReporting> result = new LinkedHashMap<>();
        open.forEach(f -> result.put(f.id(), parties(s.parties(), counts.getOrDefault(f.id(), List.of()))));
        return result;
    }

    @Override
    public List<OpenReporting> openForMyOrganisation() {
        return cache.get("openForMyOrganisation", this::readOpenForMyOrganisation);
    }

    private List<OpenReporting> readOpenForMyOrganisation() {
        Caller caller = callers.current();
        if (caller.organisationId() == null || !(caller.hasRole(Roles.PARTNER) || caller.hasRole(Roles.COORDINATOR))) {
            return List.of();
        }
        List<Long> mine = agreements.agreements().stream().map(AgreementView::id).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        // The caller's party in each agreement, then every open follow-up of those, then the counts: three statements.
        Map<Long, Long> myParty = agreements.partiesOf(mine).stream()
                .filter(p -> caller.belongsTo(p.organisationId()))
                .collect(Collectors.toMap(PartyView::agreementId, PartyView::id, (a, b) -> a));
        if (myParty.isEmpty()) {
            return List.of();
        }
        List<FollowUp> open = em.createQuery("select f from FollowUp f where f.agreementId in :ids and f.status = :reporting"
                        + " order by f.reportingDeadline, f.periodTo, f.id", FollowUp.class)
                .setParameter("ids", myParty.keySet()).setParameter("reporting", FollowUpStatus.REPORTING).getResultList();
        Map<Long, List<LeadCount>> counts = counts(open, myParty);
        List<OpenReporting> result = new ArrayList<>();
        for (FollowUp f : open) {
            int remaining = counts.getOrDefault(f.id(), List.of()).stream().mapToInt(LeadCount::remaining).sum();
            if (remaining > 0) {
                result.add(new OpenReporting(f.id(), f.agreementId(), f.title(), f.reportingDeadline(), remaining));
            }
        }
        return List.copyOf(result);
    }

    /** One window per follow-up, its period; the given agreement's party only where {@code leadParty} names one. */
    private Map<Long, List<LeadCount>> counts(List<FollowUp> followUps, Map<Long, Long> leadParty) {
        return leadReporting.inPeriods(followUps.stream().map(f -> new LeadReporting.Window(f.id(), f.agreementId(),
                leadParty == null ? null : leadParty.get(f.agreementId()), f.periodFrom(), f.periodTo())).toList());
    }

    private static PartiesReporting parties(List<PartyView> parties, List<LeadCount> counts) {
        Map<Long, LeadCount> byParty = counts.stream().collect(Collectors.toMap(LeadCount::leadPartyId, Function.identity()));
        return new PartiesReporting(parties.stream().map(p -> {
            LeadCount c = byParty.get(p.id());
            return new PartyReporting(p.id(), p.organisationName(), c == null ? 0 : c.activities(), c == null ? 0 : c.reported());
        }).toList());
    }
}
