package se.samspar.followup.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.followup.api.AnnualFigures;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpQueries;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.followup.api.FollowUpView;
import se.samspar.followup.domain.FollowUp;
import se.samspar.followup.domain.Snapshot;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.Roles;

@ModuleService
public class FollowUpQueriesBean implements FollowUpQueries {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    AgreementQueries agreements;
    @Inject
    FollowUpRecords records;
    @Inject
    LiveReports live;
    @Inject
    SnapshotJson json;
    @Inject
    AdoptedFigures figures;
    @Inject
    DraftReports drafts;
    @Inject
    CallerContext callers;
    @Inject
    Clock clock;

    @Override
    public boolean mayPrepare(long agreementId) {
        return callers.current().coordinates(agreementId)
                && agreements.structure(agreementId).map(s -> !s.agreement().closed()).orElse(false);
    }

    @Override
    public List<FollowUpView> ofAgreement(long agreementId) {
        agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId));
        List<FollowUp> list = em.createQuery("select f from FollowUp f where f.agreementId = :a"
                        + " order by f.periodTo desc, f.id desc", FollowUp.class)
                .setParameter("a", agreementId).getResultList().stream()
                .filter(f -> seesDrafts(f.agreementId()) || f.status() == FollowUpStatus.ADOPTED).toList();
        return records.views(list);
    }

    @Override
    public List<FollowUpView> adopted() {
        return adopted(Integer.MAX_VALUE);
    }

    @Override
    public List<FollowUpView> adopted(int max) {
        List<Long> mine = agreements.agreements().stream().map(AgreementView::id).toList();
        if (mine.isEmpty() || max <= 0) {
            return List.of();
        }
        var query = em.createQuery("select f from FollowUp f where f.agreementId in :ids and f.status = :adopted"
                        + " order by f.adoptedAt desc, f.id desc", FollowUp.class)
                .setParameter("ids", mine).setParameter("adopted", FollowUpStatus.ADOPTED);
        return records.views(max == Integer.MAX_VALUE ? query.getResultList() : query.setMaxResults(max).getResultList());
    }

    @Override
    public Optional<FollowUpView> find(long followUpId) {
        FollowUp f = em.find(FollowUp.class, followUpId);
        if (f == null) {
            return Optional.empty();
        }
        agreements.structure(f.agreementId()).orElseThrow();
        AccessDenied.unless(seesDrafts(f.agreementId()) || f.status() == FollowUpStatus.ADOPTED,
                "see follow-ups in preparation");
        return Optional.of(records.view(f));
    }

    @Override
    public FollowUpReport report(long followUpId) {
        FollowUp f = records.load(followUpId);
        agreements.structure(f.agreementId()).orElseThrow();
        if (f.status() == FollowUpStatus.ADOPTED) {
            Snapshot snapshot = em.find(Snapshot.class, followUpId);
            return json.read(snapshot.content());
        }
        AccessDenied.unless(seesDrafts(f.agreementId()), "see follow-ups in preparation");
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        return drafts.of(followUpId, f.agreementId(), at.toLocalDate(), () -> live.build(f, at));
    }

    @Override
    public List<FollowUpReport> adoptedAnnualReports(long agreementId) {
        agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId));
        return annualReports(List.of(agreementId)).getOrDefault(agreementId, List.of());
    }

    @Override
    public Optional<FollowUpReport> adoptedAnnualReportBefore(long agreementId, LocalDate periodFrom) {
        agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId));
        return em.createQuery("select s.content from Snapshot s, FollowUp f where s.followUpId = f.id"
                        + " and f.agreementId = :agreement and f.kind = :annual and f.periodTo < :from"
                        + " order by f.periodTo desc, f.adoptedAt desc, f.id desc", String.class)
                .setParameter("agreement", agreementId).setParameter("annual", FollowUpKind.ANNUAL)
                .setParameter("from", periodFrom).setMaxResults(1).getResultStream().findFirst().map(json::read);
    }

    @Override
    public Map<Long, List<AnnualFigures>> adoptedAnnualFigures() {
        List<Long> mine = agreements.agreements().stream().map(AgreementView::id).toList();
        return mine.isEmpty() ? Map.of() : figures.of(mine);
    }

    @Override
    public Map<Long, List<AnnualFigures>> adoptedAnnualFigures(Collection<Long> agreementIds) {
        List<Long> shown = agreements.agreements().stream().map(AgreementView::id).filter(agreementIds::contains)
                .toList();
        return shown.isEmpty() ? Map.of() : figures.of(shown);
    }

    /** The adopted annual reports of the given agreements, oldest period first, in one query. */
    private Map<Long, List<FollowUpReport>> annualReports(List<Long> agreementIds) {
        List<Object[]> rows = em.createQuery("select f.agreementId, s.content from Snapshot s, FollowUp f"
                        + " where s.followUpId = f.id and f.agreementId in :ids and f.kind = :annual"
                        + " order by f.periodTo, f.id", Object[].class)
                .setParameter("ids", agreementIds).setParameter("annual", FollowUpKind.ANNUAL).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0], LinkedHashMap::new,
                Collectors.mapping(r -> json.read((String) r[1]), Collectors.toList())));
    }

    /** Board members read adopted follow-ups only; parties' users and coordinators also see those in preparation. */
    private boolean seesDrafts(long agreementId) {
        Caller c = callers.current();
        return c.system() || c.coordinates(agreementId) || c.isAdministrator() || c.hasRole(Roles.PARTNER)
                || c.hasRole(Roles.COORDINATOR);
    }
}
