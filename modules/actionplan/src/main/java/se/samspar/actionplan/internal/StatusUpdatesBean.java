package se.samspar.actionplan.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.StatusReported;
import se.samspar.actionplan.api.StatusUpdates;
import se.samspar.actionplan.domain.Activity;
import se.samspar.actionplan.domain.ReportingRights;
import se.samspar.actionplan.domain.StatusUpdate;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.StaleEdit;

/**
 * {@link StatusUpdates}: rule 5 decides who may report; {@code report} appends an update stamped now,
 * {@code importUpdate} one at a given time, and the activity takes the latest update's state. Not a
 * {@code ModuleService}: a page's report is sent again by {@link RetriedStatusReporting}, on a stale version too, so
 * a retry here as well would multiply the attempts.
 */
@ApplicationScoped
@se.samspar.platform.api.Guarded
@Transactional
public class StatusUpdatesBean implements StatusUpdates {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    AgreementQueries agreements;
    @Inject
    Clock clock;
    @Inject
    Event<StatusReported> statusReported;
    @Inject
    CallerContext callers;

    @Override
    public long report(long activityId, StatusReport report) {
        return append(activityId, report, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), true);
    }

    @Override
    public long importUpdate(long activityId, StatusReport report, LocalDateTime reportedAt) {
        AccessDenied.unless(callers.current().system(), "import status history");
        if (reportedAt == null) {
            throw InvalidInput.of("reportedAt", "samspar.required");
        }
        // History as it was written then: the comment rule applies to new reports only.
        return append(activityId, report, reportedAt, false);
    }

    private long append(long activityId, StatusReport report, LocalDateTime at, boolean explained) {
        Activity a = Stored.activity(em, activityId);
        Caller caller = callers.current();
        AgreementStructure s = agreements.structure(a.agreementId()).orElseThrow();
        AccessDenied.unless(mayReport(caller, a, s), "report on activity " + activityId);
        s.agreement().requireOpen();
        if (!caller.system()) {
            // Who reported is the signed-in user, whatever the request claims.
            report = new StatusReport(report.status(), report.light(), report.progress(), report.comment(),
                    report.hoursSpent(), caller.displayName(), caller.organisationId());
        }
        validator.check(report);
        if (explained) {
            StatusUpdate.requireExplanation(report.status(), report.light(), report.comment());
        }
        StatusUpdate update = new StatusUpdate(activityId, report.status(), report.light(), report.progress(),
                report.comment(), report.hoursSpent(), report.reportedBy(), report.reporterOrganisationId(), at);
        em.persist(update);
        a.apply(update);
        StaleEdit.flush(em, Stored.ACTIVITY, activityId);
        statusReported.fire(new StatusReported(a.agreementId(), activityId, update.id(), update.status(),
                update.light(), update.progress(), update.reportedBy()));
        return update.id();
    }

    @Override
    public boolean mayReport(long activityId) {
        Activity a = em.find(Activity.class, activityId);
        if (a == null) {
            return false;
        }
        AgreementStructure s = agreements.structure(a.agreementId()).orElseThrow();
        return !s.agreement().closed() && mayReport(callers.current(), a, s);
    }

    /** Rule 5, with the agreement's setting and the lead party's organisation from the agreement module. */
    private static boolean mayReport(Caller caller, Activity a, AgreementStructure s) {
        long leadOrganisation = s.party(a.leadPartyId()).map(p -> p.organisationId()).orElse(-1L);
        return ReportingRights.mayReport(caller, a.agreementId(), s.agreement().partiesReportOwnActivities(),
                leadOrganisation, a.reporterUser());
    }
}
