package se.samspar.followup.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.PlanBaselines;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.Indicators;
import se.samspar.followup.api.ReportProblems;
import se.samspar.followup.domain.FollowUp;
import se.samspar.followup.domain.ReportBuilder;

/**
 * A follow-up's report built from the live data: what adoption freezes, and what a round in preparation shows. The plan
 * is compared with the plan as signed (rule 13).
 */
@ApplicationScoped
public class LiveReports {
    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    PlanBaselines baselines;
    @Inject
    Indicators indicators;
    @Inject
    Instance<ReportProblems> problems;
    @Inject
    FollowUpRecords records;

    FollowUpReport build(FollowUp f, LocalDateTime at) {
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
        return ReportBuilder.build(new ReportBuilder.Input(records.view(f), s, inPeriod, updates,
                activities.progressOf(f.agreementId(), inPeriod), indicators.ofAgreement(f.agreementId()), at))
                .withPlanComparison(baselines.compare(f.agreementId()).orElse(null))
                .withProblems(problems.isResolvable() ? problems.get().addressedBy(f.agreementId()) : List.of());
    }
}
