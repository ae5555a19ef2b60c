package se.samspar.followup.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.samspar.actionplan.api.ActivityView;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.PlanBaselines;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.PartyView;
import se.samspar.followup.api.AreaAssessment;
import se.samspar.followup.api.Decision;
import se.samspar.followup.api.FollowUpChanged;
import se.samspar.followup.api.FollowUpDraft;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.followup.api.FollowUpView;
import se.samspar.followup.api.FollowUps;
import se.samspar.followup.api.Indicators;
import se.samspar.followup.domain.Assessment;
import se.samspar.followup.domain.FollowUp;
import se.samspar.followup.domain.PartyReport;
import se.samspar.followup.domain.ReportBuilder;
import se.samspar.followup.domain.Snapshot;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.Roles;
import se.samspar.platform.api.StaleEdit;

@ModuleService
public class FollowUpServiceBean implements FollowUps {
    private static final String ENTITY = "FollowUp";

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    PlanBaselines baselines;
    @Inject
    Indicators indicators;
    @Inject
    SnapshotJson json;
    @Inject
    AdoptedFigures figures;
    @Inject
    DraftReports drafts;
    @Inject
    jakarta.enterprise.inject.Instance<se.samspar.followup.api.ReportProblems> problems;
    @Inject
    Clock clock;
    @Inject
    CallerContext callers;
    @Inject
    Event<FollowUpChanged> changed;

    @Override
    public long open(long agreementId, FollowUpDraft draft) {
        requirePreparer(agreementId);
        validator.check(draft);
        FollowUp f = new FollowUp(agreementId, draft.kind(), draft.title(), draft.periodFrom(), draft.periodTo(), null);
        f.setReportingDeadline(draft.reportingDeadline());
        em.persist(f);
        em.flush();
        changed.fire(new FollowUpChanged(agreementId, f.id(), Change.CREATED, f.title()));
        return f.id();
    }

    @Override
    public void startReporting(long followUpId, long expectedVersion) {
        FollowUp f = load(followUpId);
        requirePreparer(f.agreementId());
        StaleEdit.check(ENTITY, followUpId, f.version(), expectedVersion);
        f.startReporting();
        StaleEdit.flush(em, ENTITY, followUpId);
        changed.fire(new FollowUpChanged(f.agreementId(), followUpId, Change.UPDATED, "reporting opened"));
    }

    @Override
    public void setReportingDeadline(long followUpId, long expectedVersion, LocalDate deadline) {
        FollowUp f = changedByPreparer(followUpId, expectedVersion);
        f.setReportingDeadline(deadline);
        em.lock(f, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        StaleEdit.flush(em, ENTITY, followUpId);
        changed.fire(new FollowUpChanged(f.agreementId(), followUpId, Change.UPDATED, "reporting deadline " + deadline));
    }

    @Override
    public void markReported(long followUpId, long partyId) {
        FollowUp f = load(followUpId);
        AgreementStructure s = agreements.structure(f.agreementId()).orElseThrow();
        PartyView party = s.party(partyId).orElseThrow(() -> InvalidInput.of("partyId", "samspar.party.notParty"));
        Caller caller = callers.current();
        boolean ownOrganisation = caller.belongsTo(party.organisationId())
                && (caller.hasRole(Roles.PARTNER) || caller.hasRole(Roles.COORDINATOR));
        AccessDenied.unless(ownOrganisation || caller.coordinates(f.agreementId()), "mark a party reported");
        s.agreement().requireOpen();
        f.requireReporting();
        if (em.find(PartyReport.class, new PartyReport.Key(followUpId, partyId)) != null) {
            return; // already marked: the first mark, who and when, stands
        }
        em.persist(new PartyReport(followUpId, partyId, caller.displayName(), now()));
        // The follow-up's version moves too, so an adoption prepared before this mark is stale.
        em.lock(f, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        changed.fire(new FollowUpChanged(f.agreementId(), followUpId, Change.UPDATED,
                "reported: " + party.organisationName()));
    }

    @Override
    public void assess(long followUpId, long expectedVersion, String summary, List<AreaAssessment> assessments) {
        FollowUp f = changedByPreparer(followUpId, expectedVersion);
        AgreementStructure s = agreements.structure(f.agreementId()).orElseThrow();
        validator.check(new SummaryText(summary));
        for (AreaAssessment a : assessments) {
            if (s.area(a.areaId()).isEmpty()) {
                throw InvalidInput.of("areaId", "samspar.area.otherAgreement");
            }
            validator.check(a);
        }
        f.summarise(summary);
        for (AreaAssessment a : assessments) {
            Assessment row = em.find(Assessment.class, new Assessment.Key(followUpId, a.areaId()));
            if (row == null) {
                row = new Assessment(followUpId, a.areaId());
                em.persist(row);
            }
            row.assess(a.text(), a.light(), a.kind());
        }
        em.lock(f, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        StaleEdit.flush(em, ENTITY, followUpId);
        changed.fire(new FollowUpChanged(f.agreementId(), followUpId, Change.UPDATED, "assessment"));
    }

    /** The summary goes through the same free-text rules (length, rule 9) as every other text. */
    record SummaryText(@jakarta.validation.constraints.Size(max = 20_000) @se.samspar.platform.api.FreeText String summary) {
    }

    @Override
    public void adopt(long followUpId, long expectedVersion, Decision decision) {
        FollowUp f = changedByPreparer(followUpId, expectedVersion);
        if (decision == null) {
            throw InvalidInput.of("decision", "samspar.required");
        }
        validator.check(decision);
        LocalDateTime at = now();
        f.adopt(decision, callers.current().displayName(), at);
        StaleEdit.flush(em, ENTITY, followUpId);
        // The report as it stands at this moment, frozen; later changes to activities never reach it.
        FollowUpReport report = build(f, at);
        em.persist(new Snapshot(followUpId, json.write(report), at));
        em.flush();
        changed.fire(new FollowUpChanged(f.agreementId(), followUpId, Change.UPDATED,
                "adopted: " + decision.body() + " " + decision.date() + " " + decision.diaryNumber()));
    }

    @Override
    public long revise(long followUpId) {
        FollowUp adopted = load(followUpId);
        requirePreparer(adopted.agreementId());
        if (adopted.status() != FollowUpStatus.ADOPTED) {
            throw InvalidInput.of("followUp", "samspar.followUp.notAdopted");
        }
        FollowUp correction = new FollowUp(adopted.agreementId(), adopted.kind(), adopted.title(),
                adopted.periodFrom(), adopted.periodTo(), followUpId);
        em.persist(correction);
        em.flush();
        changed.fire(new FollowUpChanged(adopted.agreementId(), correction.id(), Change.CREATED,
                "revises " + followUpId));
        return correction.id();
    }

    @Override
    public boolean mayPrepare(long agreementId) {
        return callers.current().coordinates(agreementId);
    }

    @Override
    public List<FollowUpView> ofAgreement(long agreementId) {
        agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId));
        List<FollowUp> list = em.createQuery("select f from FollowUp f where f.agreementId = :a"
                        + " order by f.periodTo desc, f.id desc", FollowUp.class)
                .setParameter("a", agreementId).getResultList().stream()
                .filter(f -> seesDrafts(f.agreementId()) || f.status() == FollowUpStatus.ADOPTED).toList();
        return views(list);
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
        return views(max == Integer.MAX_VALUE ? query.getResultList() : query.setMaxResults(max).getResultList());
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
        return Optional.of(views(List.of(f)).get(0));
    }

    @Override
    public FollowUpReport report(long followUpId) {
        FollowUp f = load(followUpId);
        agreements.structure(f.agreementId()).orElseThrow();
        if (f.status() == FollowUpStatus.ADOPTED) {
            Snapshot snapshot = em.find(Snapshot.class, followUpId);
            return json.read(snapshot.content());
        }
        AccessDenied.unless(seesDrafts(f.agreementId()), "see follow-ups in preparation");
        LocalDateTime at = now();
        return drafts.of(followUpId, f.agreementId(), at.toLocalDate(), () -> build(f, at));
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
    public Map<Long, List<se.samspar.followup.api.AnnualFigures>> adoptedAnnualFigures() {
        List<Long> mine = agreements.agreements().stream().map(AgreementView::id).toList();
        return mine.isEmpty() ? Map.of() : figures.of(mine);
    }

    @Override
    public Map<Long, List<se.samspar.followup.api.AnnualFigures>> adoptedAnnualFigures(
            java.util.Collection<Long> agreementIds) {
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

    /** The report from the live data, with the plan against the plan as signed (rule 13). */
    private FollowUpReport build(FollowUp f, LocalDateTime at) {
        AgreementStructure s = agreements.structure(f.agreementId()).orElseThrow();
        // Only what belongs to the period: activities running in it, updates made in it, and each
        // activity's state as of the day the report describes (the period's end, or today if earlier).
        LocalDate asOf = FollowUpReport.asOf(f.periodTo(), at);
        List<StatusUpdateView> upTo = activities.updatesOf(f.agreementId(), LocalDate.EPOCH, asOf);
        List<ActivityView> inPeriod = ReportBuilder.asOf(activities.activitiesOf(f.agreementId()), upTo,
                f.periodFrom(), f.periodTo(), asOf);
        Map<Long, List<StatusUpdateView>> updates = upTo.stream()
                .filter(u -> !u.reportedAt().toLocalDate().isBefore(f.periodFrom()))
                .collect(Collectors.groupingBy(StatusUpdateView::activityId));
        return ReportBuilder.build(new ReportBuilder.Input(views(List.of(f)).get(0), s, inPeriod, updates,
                activities.progressOf(f.agreementId(), inPeriod), indicators.ofAgreement(f.agreementId()), at))
                .withPlanComparison(baselines.compare(f.agreementId()).orElse(null))
                .withProblems(problems.isResolvable() ? problems.get().addressedBy(f.agreementId()) : List.of());
    }

    /** Two queries for any number of follow-ups: their assessments, then their parties' marks. */
    private List<FollowUpView> views(List<FollowUp> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(FollowUp::id).toList();
        Map<Long, Map<Long, AreaAssessment>> assessments = new HashMap<>();
        em.createQuery("select a from Assessment a where a.followUpId in :ids", Assessment.class)
                .setParameter("ids", ids).getResultList()
                .forEach(a -> assessments.computeIfAbsent(a.followUpId(), k -> new HashMap<>())
                        .put(a.areaId(), new AreaAssessment(a.areaId(), a.text(), a.light(), a.kind())));
        Map<Long, Map<Long, FollowUpView.PartyReported>> marks = new HashMap<>();
        em.createQuery("select p from PartyReport p where p.followUpId in :ids", PartyReport.class)
                .setParameter("ids", ids).getResultList()
                .forEach(p -> marks.computeIfAbsent(p.followUpId(), k -> new HashMap<>())
                        .put(p.partyId(), new FollowUpView.PartyReported(p.partyId(), p.reportedBy(), p.reportedAt())));
        return list.stream().map(f -> new FollowUpView(f.id(), f.agreementId(), f.kind(), f.title(), f.periodFrom(),
                f.periodTo(), f.status(), f.summary(), f.revisesId(), assessments.getOrDefault(f.id(), Map.of()),
                marks.getOrDefault(f.id(), Map.of()), f.decision(), f.adoptedBy(), f.adoptedAt(), f.version(),
                f.reportingDeadline()))
                .toList();
    }

    private void requirePreparer(long agreementId) {
        AgreementStructure s = agreements.structure(agreementId)
                .orElseThrow(() -> new NotFound("Agreement", agreementId));
        AccessDenied.unless(callers.current().coordinates(agreementId), "prepare follow-ups");
        s.agreement().requireOpen();
    }

    private FollowUp load(long id) {
        FollowUp f = em.find(FollowUp.class, id);
        if (f == null) {
            throw new NotFound(ENTITY, id);
        }
        return f;
    }

    /** The follow-up for its preparer to change: refused if adopted, or if changed since it was read (rule 10). */
    private FollowUp changedByPreparer(long followUpId, long expectedVersion) {
        FollowUp f = load(followUpId);
        requirePreparer(f.agreementId());
        f.requireNotAdopted();
        StaleEdit.check(ENTITY, followUpId, f.version(), expectedVersion);
        return f;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
