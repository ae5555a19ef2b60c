package se.samspar.web.followup.document;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.followup.api.FollowUpReport;

/**
 * A follow-up report at a glance, as the board reads it first (issue 16): each priority area's light with its
 * progress, the change since the previous adopted annual follow-up, and the comments of the activities at risk or off
 * track. The page and the PDF open with it; both build it from the report (and the previous year's snapshot) alone.
 *
 * @param previous the adopted annual report compared with, or null when there is none before this period
 */
public record BoardSummary(FollowUpReport previous, List<AreaLine> areas, Integer progress, Integer previousProgress,
                           List<AtRisk> atRisk) {

    /** One priority area: its assessed light (null when not assessed) and progress, now and the year before. */
    public record AreaLine(String label, TrafficLight light, Integer progress, int completed, int activities,
                           Integer previousProgress) {
    }

    /** An open activity whose light is not green, with the comment of its latest report in the period (or null). */
    public record AtRisk(long activityId, String reference, String title, String leadParty, TrafficLight light, String comment,
                         LocalDateTime reportedAt) {
    }

    /**
     * @param previous the adopted annual follow-up just before the report's period ({@code FollowUpQueries
     *                 .adoptedAnnualReportBefore}), or null
     */
    public static BoardSummary of(FollowUpReport report, FollowUpReport previous) {
        List<AreaLine> areas = report.areas().stream().map(a -> new AreaLine(a.name() + " (" + a.code() + ")",
                a.light(), a.progress(), a.completed(), a.activities().size(), previous == null ? null
                        : previous.areas().stream().filter(p -> p.code().equals(a.code())).findFirst()
                                .map(FollowUpReport.Area::progress).orElse(null))).toList();
        List<AtRisk> atRisk = report.areas().stream().flatMap(a -> a.activities().stream())
                .filter(a -> !a.status().isClosed() && a.light() != null && a.light() != TrafficLight.GREEN)
                .sorted(Comparator.comparing((FollowUpReport.Activity a) -> a.light() != TrafficLight.RED))
                .map(a -> {
                    FollowUpReport.Update latest = a.updates().stream()
                            .max(Comparator.comparing(FollowUpReport.Update::reportedAt)).orElse(null);
                    return new AtRisk(a.activityId(), a.reference(), a.title(), a.leadParty(), a.light(),
                            latest == null || latest.comment() == null || latest.comment().isBlank() ? null
                                    : latest.comment().strip(), latest == null ? null : latest.reportedAt());
                }).toList();
        return new BoardSummary(previous, areas, report.figures().progress(),
                previous == null ? null : previous.figures().progress(), atRisk);
    }

    public boolean isCompared() {
        return previous != null;
    }
}
