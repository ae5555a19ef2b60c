package se.samspar.followup.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.PartyView;
import se.samspar.followup.api.AreaAssessment;
import se.samspar.followup.api.Decision;
import se.samspar.followup.api.FollowUpChanged;
import se.samspar.followup.api.FollowUpDraft;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.followup.api.FollowUps;
import se.samspar.followup.domain.Assessment;
import se.samspar.followup.domain.FollowUp;
import se.samspar.followup.domain.PartyReport;
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

/** The coordinator prepares, adopts and corrects follow-up rounds; a party's user marks its part reported. */
@ModuleService
public class FollowUpServiceBean implements FollowUps {
    private static final String ENTITY = FollowUpRecords.ENTITY;

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    AgreementQueries agreements;
    @Inject
    FollowUpRecords records;
    @Inject
    LiveReports live;
    @Inject
    SnapshotJson json;
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
        FollowUp f = records.load(followUpId);
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
        FollowUp f = records.load(followUpId);
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
        FollowUpReport report = live.build(f, at);
        em.persist(new Snapshot(followUpId, json.write(report), at));
        em.flush();
        changed.fire(new FollowUpChanged(f.agreementId(), followUpId, Change.UPDATED,
                "adopted: " + decision.body() + " " + decision.date() + " " + decision.diaryNumber()));
    }

    @Override
    public long revise(long followUpId) {
        FollowUp adopted = records.load(followUpId);
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

    private void requirePreparer(long agreementId) {
        AgreementStructure s = agreements.structure(agreementId)
                .orElseThrow(() -> new NotFound("Agreement", agreementId));
        AccessDenied.unless(callers.current().coordinates(agreementId), "prepare follow-ups");
        s.agreement().requireOpen();
    }

    /** The follow-up for its preparer to change: refused if adopted, or if changed since it was read (rule 10). */
    private FollowUp changedByPreparer(long followUpId, long expectedVersion) {
        FollowUp f = records.load(followUpId);
        requirePreparer(f.agreementId());
        f.requireNotAdopted();
        StaleEdit.check(ENTITY, followUpId, f.version(), expectedVersion);
        return f;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
