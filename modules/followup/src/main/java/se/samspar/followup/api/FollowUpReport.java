package se.samspar.followup.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.PlanComparison;
import se.samspar.actionplan.api.TrafficLight;

/**
 * Everything a follow-up reports, as plain values: the agreement, the decision, the summary, and
 * per priority area its assessment, progress, activities (with their status updates in the
 * period) and indicators, each party's reporting, and the plan against the plan as signed. Built from the live data while a
 * follow-up is prepared; at adoption it is stored as the snapshot and never built again (rule 6),
 * so the page, the PDF and the XLSX of an adopted follow-up all show what was adopted.
 */
public record FollowUpReport(long followUpId, long agreementId, String agreementTitle, String agreementDiaryNumber,
                             LocalDate validFrom, LocalDate validTo, FollowUpKind kind, String title,
                             LocalDate periodFrom, LocalDate periodTo, FollowUpStatus status, String summary,
                             Decision decision, String adoptedBy, LocalDateTime adoptedAt, Long revisesId,
                             LocalDateTime takenAt, Figures figures, List<Area> areas, List<Party> parties,
                             PlanComparison planComparison) {
    public FollowUpReport {
        areas = List.copyOf(areas);
        parties = List.copyOf(parties);
    }

    /**
     * The same report with today's plan compared with the plan as signed (rule 13), or null where no baseline was
     * recorded; frozen with the rest at adoption, so an adopted report keeps the comparison it was adopted with.
     */
    public FollowUpReport withPlanComparison(PlanComparison comparison) {
        return new FollowUpReport(followUpId, agreementId, agreementTitle, agreementDiaryNumber, validFrom, validTo,
                kind, title, periodFrom, periodTo, status, summary, decision, adoptedBy, adoptedAt, revisesId, takenAt,
                figures, areas, parties, comparison);
    }

    /**
     * The date the figures describe: the period's end, or the day the report was taken if that is
     * earlier (a report taken mid-period). The page, the PDF, the XLSX and the year comparison all say this date.
     */
    public LocalDate asOf() {
        return asOf(periodTo, takenAt);
    }

    public static LocalDate asOf(LocalDate periodTo, LocalDateTime takenAt) {
        if (takenAt == null || periodTo == null) {
            return periodTo;
        }
        LocalDate taken = takenAt.toLocalDate();
        return taken.isBefore(periodTo) ? taken : periodTo;
    }

    /** Key figures of the agreement at the time; progress is null where there is nothing to roll up. */
    public record Figures(int activities, int completed, int cancelled, int overdue, int atRisk, Integer progress) {
    }

    public record Area(long areaId, String code, String name, String assessment, TrafficLight light,
                       Integer progress, int completed, List<Activity> activities, List<Indicator> indicators) {
        public Area {
            activities = List.copyOf(activities);
            indicators = List.copyOf(indicators);
        }
    }

    public record Activity(long activityId, String reference, String title, String goal, String leadParty,
                           ActivityStatus status, TrafficLight light, int progress, LocalDate startDate,
                           LocalDate dueDate, boolean overdue, List<Update> updates) {
        public Activity {
            updates = List.copyOf(updates);
        }
    }

    /** A status update made in the follow-up's period. */
    public record Update(LocalDateTime reportedAt, ActivityStatus status, TrafficLight light, int progress,
                         String comment, String reportedBy) {
    }

    public record Indicator(long indicatorId, String goal, String name, String unit, IndicatorDirection direction,
                            BigDecimal baseline, Integer baselineYear, BigDecimal target, Integer targetYear,
                            BigDecimal tolerance, String source, List<Measurement> measurements,
                            IndicatorRating rating) {
        public Indicator {
            measurements = List.copyOf(measurements);
        }
    }

    public record Measurement(String period, BigDecimal value, String comment) {
    }

    /** A party: how far the activities it leads have come, and whether it marked its part reported. */
    public record Party(long partyId, String organisation, int activities, Integer progress, String reportedBy,
                        LocalDateTime reportedAt) {
        public boolean reported() {
            return reportedAt != null;
        }
    }
}
