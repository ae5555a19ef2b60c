package se.samspar.followup.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.AgreementProgress;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.followup.api.AreaAssessment;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.FollowUpView;
import se.samspar.followup.api.IndicatorView;

/**
 * Builds a follow-up's report from the live state of its agreement — what adoption freezes as the
 * snapshot. Plain Java over the other modules' read models, so it is tested without a container.
 */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    /** What the report is built from, read by the service in a fixed number of queries. */
    public record Input(FollowUpView followUp, AgreementStructure structure, List<ActivityView> activities,
                        Map<Long, List<StatusUpdateView>> updatesInPeriod, AgreementProgress progress,
                        List<IndicatorView> indicators, LocalDateTime takenAt) {
    }

    public static FollowUpReport build(Input in) {
        FollowUpView f = in.followUp();
        AgreementStructure s = in.structure();
        List<FollowUpReport.Area> areas = new ArrayList<>();
        for (PriorityAreaView area : s.areas().stream().sorted(Comparator.comparingInt(PriorityAreaView::order)
                .thenComparingLong(PriorityAreaView::id)).toList()) {
            List<ActivityView> ofArea = in.activities().stream().filter(a -> a.areaId() == area.id())
                    .sorted(Comparator.comparingInt(ActivityView::order).thenComparingLong(ActivityView::id)).toList();
            AreaAssessment assessment = f.assessments().get(area.id());
            areas.add(new FollowUpReport.Area(area.id(), area.code(), area.name(),
                    assessment == null ? null : assessment.text(), assessment == null ? null : assessment.light(),
                    in.progress().area(area.id()).rounded(),
                    (int) ofArea.stream().filter(a -> a.status() == ActivityStatus.COMPLETED).count(),
                    ofArea.stream().map(a -> activity(a, s, in.updatesInPeriod())).toList(),
                    in.indicators().stream().filter(i -> i.areaId() == area.id())
                            .map(i -> indicator(i, s)).toList(), assessment == null ? null : assessment.kind()));
        }
        List<FollowUpReport.Party> parties = s.parties().stream()
                .sorted(Comparator.comparingInt(PartyView::order).thenComparingLong(PartyView::id))
                .map(p -> {
                    FollowUpView.PartyReported mark = f.reported().get(p.id());
                    int led = (int) in.activities().stream().filter(a -> a.leadPartyId() == p.id()).count();
                    return new FollowUpReport.Party(p.id(), p.organisationName(), led,
                            in.progress().leadParty(p.id()).rounded(), mark == null ? null : mark.reportedBy(),
                            mark == null ? null : mark.reportedAt(),
                            hours(updatesOf(in, u -> u.reporterOrganisationId() != null
                                    && u.reporterOrganisationId() == p.organisationId())));
                }).toList();
        return new FollowUpReport(f.id(), f.agreementId(), s.agreement().title(), s.agreement().diaryNumber(),
                s.agreement().validFrom(), s.agreement().validTo(), f.kind(), f.title(), f.periodFrom(),
                f.periodTo(), f.status(), f.summary(), f.decision(), f.adoptedBy(), f.adoptedAt(), f.revisesId(),
                in.takenAt(), figures(in.activities(), in.progress(), hours(updatesOf(in, u -> true))), areas,
                parties, null);
    }

    /** The updates of the period (of the activities in the report) that {@code which} accepts. */
    private static List<StatusUpdateView> updatesOf(Input in, java.util.function.Predicate<StatusUpdateView> which) {
        java.util.Set<Long> reported = new java.util.HashSet<>();
        in.activities().forEach(a -> reported.add(a.id()));
        return in.updatesInPeriod().entrySet().stream().filter(e -> reported.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).filter(which).toList();
    }

    /** The hours reported in some status updates: their sum, zero when none reported any. */
    static BigDecimal hours(List<StatusUpdateView> updates) {
        return updates.stream().map(StatusUpdateView::hoursSpent).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Does an activity's run (start to due date, open-ended where not set) touch the period [from, to]? */
    public static boolean runsIn(ActivityView a, LocalDate from, LocalDate to) {
        return (a.startDate() == null || !a.startDate().isAfter(to)) && (a.dueDate() == null || !a.dueDate().isBefore(from));
    }

    /**
     * The activities of a follow-up of [from, to] as they stood at the end of {@code asOf}: only
     * those running in the period, each with the status, light and progress of its latest update
     * made by then (one reported on only later counts as planned, green, 0 %), and rule 1 applied
     * for that day. {@code updatesUpTo} holds the agreement's updates made up to {@code asOf}.
     */
    public static List<ActivityView> asOf(List<ActivityView> activities, List<StatusUpdateView> updatesUpTo,
                                          LocalDate from, LocalDate to, LocalDate asOf) {
        Map<Long, StatusUpdateView> latest = new HashMap<>();
        for (StatusUpdateView u : updatesUpTo) {
            if (!u.reportedAt().toLocalDate().isAfter(asOf)) {
                latest.merge(u.activityId(), u, (x, y) -> y.reportedAt().isAfter(x.reportedAt())
                        || (y.reportedAt().equals(x.reportedAt()) && y.id() > x.id()) ? y : x);
            }
        }
        List<ActivityView> out = new ArrayList<>();
        for (ActivityView a : activities) {
            if (!runsIn(a, from, to)) {
                continue;
            }
            StatusUpdateView u = latest.get(a.id());
            boolean laterOnly = u == null && a.lastUpdateAt() != null && a.lastUpdateAt().toLocalDate().isAfter(asOf);
            ActivityStatus status = u != null ? u.status() : laterOnly ? ActivityStatus.PLANNED : a.status();
            TrafficLight light = u != null ? u.light() : laterOnly ? TrafficLight.GREEN : a.light();
            int progress = u != null ? u.progress() : laterOnly ? 0 : a.progress();
            // Rule 1 for the day the report describes.
            boolean overdue = a.dueDate() != null && a.dueDate().isBefore(asOf) && !status.isClosed();
            out.add(new ActivityView(a.id(), a.agreementId(), a.areaId(), a.goalId(), a.reference(), a.title(),
                    a.description(), a.leadPartyId(), a.participatingPartyIds(), a.contactPerson(), a.reporterUser(),
                    a.startDate(), a.dueDate(), status, light, progress, a.weight(), a.order(), a.carriedOverFromId(),
                    u == null ? null : u.reportedAt(), overdue, a.needsUpdate(), a.version()));
        }
        return out;
    }

    /** Key figures: at risk means open with a yellow or red light. */
    static FollowUpReport.Figures figures(List<ActivityView> activities, AgreementProgress progress, BigDecimal hours) {
        int completed = 0;
        int cancelled = 0;
        int overdue = 0;
        int atRisk = 0;
        for (ActivityView a : activities) {
            completed += a.status() == ActivityStatus.COMPLETED ? 1 : 0;
            cancelled += a.status() == ActivityStatus.CANCELLED ? 1 : 0;
            overdue += a.overdue() ? 1 : 0;
            atRisk += !a.status().isClosed() && a.light() != TrafficLight.GREEN ? 1 : 0;
        }
        return new FollowUpReport.Figures(activities.size(), completed, cancelled, overdue, atRisk,
                progress.overall().rounded(), hours);
    }

    private static FollowUpReport.Activity activity(ActivityView a, AgreementStructure s,
                                                    Map<Long, List<StatusUpdateView>> updates) {
        String goal = a.goalId() == null ? null : s.goal(a.goalId()).map(GoalView::title).orElse(null);
        String lead = s.party(a.leadPartyId()).map(PartyView::organisationName).orElse("");
        List<StatusUpdateView> ofActivity = updates.getOrDefault(a.id(), List.of());
        List<FollowUpReport.Update> inPeriod = ofActivity.stream()
                .sorted(Comparator.comparing(StatusUpdateView::reportedAt).thenComparingLong(StatusUpdateView::id))
                .map(u -> new FollowUpReport.Update(u.reportedAt(), u.status(), u.light(), u.progress(), u.comment(),
                        u.reportedBy()))
                .toList();
        return new FollowUpReport.Activity(a.id(), a.reference(), a.title(), goal, lead, a.status(), a.light(),
                a.progress(), a.startDate(), a.dueDate(), a.overdue(), inPeriod, hours(ofActivity));
    }

    private static FollowUpReport.Indicator indicator(IndicatorView i, AgreementStructure s) {
        return new FollowUpReport.Indicator(i.id(), s.goal(i.goalId()).map(GoalView::title).orElse(null), i.name(),
                i.unit(), i.direction(), i.baseline(), i.baselineYear(), i.target(), i.targetYear(), i.tolerance(),
                i.source(), i.measurements(), i.rating(), i.kind());
    }
}
