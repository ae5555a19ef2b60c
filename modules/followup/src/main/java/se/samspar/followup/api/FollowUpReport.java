package se.samspar.followup.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.PlanComparison;
import se.samspar.actionplan.api.TrafficLight;

/**
 * Everything a follow-up reports, as plain values: the agreement, the decision, the summary, and
 * per priority area its assessment, progress, activities (with their status updates in the
 * period, and the hours reported) and indicators, each party's reporting and hours, the problems of the municipality's
 * situation picture the activities address (problem → measures → result), and the plan against the plan as signed. Built from the live data while a
 * follow-up is prepared; at adoption it is stored as the snapshot and never built again (rule 6),
 * so the page, the PDF and the XLSX of an adopted follow-up all show what was adopted.
 *
 * <p>Fields added later (hours, kinds, problems) are read as null from snapshots stored before them: each canonical
 * constructor is the one JSON-B uses ({@link JsonbCreator}) and turns a missing list into an empty one.
 */
public record FollowUpReport(long followUpId, long agreementId, String agreementTitle, String agreementDiaryNumber,
                             LocalDate validFrom, LocalDate validTo, FollowUpKind kind, String title,
                             LocalDate periodFrom, LocalDate periodTo, FollowUpStatus status, String summary,
                             Decision decision, String adoptedBy, LocalDateTime adoptedAt, Long revisesId,
                             LocalDateTime takenAt, Figures figures, List<Area> areas, List<Party> parties,
                             PlanComparison planComparison, List<Problem> problems) {
    @JsonbCreator
    public FollowUpReport {
        areas = List.copyOf(areas);
        parties = List.copyOf(parties);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public FollowUpReport(long followUpId, long agreementId, String agreementTitle, String agreementDiaryNumber,
                          LocalDate validFrom, LocalDate validTo, FollowUpKind kind, String title,
                          LocalDate periodFrom, LocalDate periodTo, FollowUpStatus status, String summary,
                          Decision decision, String adoptedBy, LocalDateTime adoptedAt, Long revisesId,
                          LocalDateTime takenAt, Figures figures, List<Area> areas, List<Party> parties,
                          PlanComparison planComparison) {
        this(followUpId, agreementId, agreementTitle, agreementDiaryNumber, validFrom, validTo, kind, title,
                periodFrom, periodTo, status, summary, decision, adoptedBy, adoptedAt, revisesId, takenAt, figures,
                areas, parties, planComparison, List.of());
    }

    /**
     * The same report with today's plan compared with the plan as signed (rule 13), or null where no baseline was
     * recorded; frozen with the rest at adoption, so an adopted report keeps the comparison it was adopted with.
     */
    public FollowUpReport withPlanComparison(PlanComparison comparison) {
        return new FollowUpReport(followUpId, agreementId, agreementTitle, agreementDiaryNumber, validFrom, validTo,
                kind, title, periodFrom, periodTo, status, summary, decision, adoptedBy, adoptedAt, revisesId, takenAt,
                figures, areas, parties, comparison, problems);
    }

    /** The same report with the problems its activities address (built in the situation module). */
    public FollowUpReport withProblems(List<Problem> addressed) {
        return new FollowUpReport(followUpId, agreementId, agreementTitle, agreementDiaryNumber, validFrom, validTo,
                kind, title, periodFrom, periodTo, status, summary, decision, adoptedBy, adoptedAt, revisesId, takenAt,
                figures, areas, parties, planComparison, addressed);
    }

    /** Every activity of the report, area by area. */
    public java.util.stream.Stream<Activity> allActivities() {
        return areas.stream().flatMap(a -> a.activities().stream());
    }

    /** The activities addressing a problem, in the report's order. */
    public List<Activity> measuresOf(Problem problem) {
        return allActivities().filter(a -> problem.activityIds().contains(a.activityId())).toList();
    }

    /** The indicators measuring a problem that belong to this agreement. */
    public List<Indicator> indicatorsOf(Problem problem) {
        return areas.stream().flatMap(a -> a.indicators().stream())
                .filter(i -> problem.indicatorIds().contains(i.indicatorId())).toList();
    }

    /** The activities of the report (not cancelled) that address none of its problems: measures without a problem. */
    public List<Activity> withoutProblem() {
        java.util.Set<Long> addressing = new java.util.HashSet<>();
        problems.forEach(p -> addressing.addAll(p.activityIds()));
        return allActivities().filter(a -> a.status() != ActivityStatus.CANCELLED
                && !addressing.contains(a.activityId())).toList();
    }

    /** The result of a problem's measures: how many are done, their mean progress and the hours spent on them. */
    public ProblemResult resultOf(Problem problem) {
        List<Activity> measures = measuresOf(problem);
        int completed = (int) measures.stream().filter(a -> a.status() == ActivityStatus.COMPLETED).count();
        Integer progress = measures.isEmpty() ? null
                : (int) Math.round(measures.stream().mapToInt(Activity::progress).average().orElse(0));
        BigDecimal hours = measures.stream().map(Activity::hours).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ProblemResult(measures.size(), completed, progress, hours);
    }

    /**
     * Brå's kinds of follow-up with what the report holds of each: the areas whose assessment is marked with it and
     * the indicators marked with it; last, under a null kind, what is not marked (only when there is any).
     */
    public List<KindGroup> byKind() {
        List<KindGroup> groups = new java.util.ArrayList<>();
        java.util.List<ResultKind> kinds = new java.util.ArrayList<>(List.of(ResultKind.values()));
        kinds.add(null);
        for (ResultKind k : kinds) {
            List<Area> assessed = areas.stream().filter(a -> a.assessment() != null || a.light() != null)
                    .filter(a -> a.assessmentKind() == k).toList();
            List<Indicator> measured = areas.stream().flatMap(a -> a.indicators().stream())
                    .filter(i -> i.kind() == k).toList();
            if (k != null || !assessed.isEmpty() || !measured.isEmpty()) {
                groups.add(new KindGroup(k, assessed, measured));
            }
        }
        return groups;
    }

    public record KindGroup(ResultKind kind, List<Area> assessed, List<Indicator> indicators) {
        /** The bundle key's last part: the kind's name, or UNMARKED. */
        public String key() {
            return kind == null ? "UNMARKED" : kind.name();
        }
    }

    public record ProblemResult(int measures, int completed, Integer progress, BigDecimal hours) {
    }

    /** Hours reported in the period over all activities (null in a report adopted before hours were summed). */
    public BigDecimal hours() {
        return figures == null ? null : figures.hours();
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
    public record Figures(int activities, int completed, int cancelled, int overdue, int atRisk, Integer progress,
                          BigDecimal hours) {
        @JsonbCreator
        public Figures {
        }

        public Figures(int activities, int completed, int cancelled, int overdue, int atRisk, Integer progress) {
            this(activities, completed, cancelled, overdue, atRisk, progress, null);
        }
    }

    public record Area(long areaId, String code, String name, String assessment, TrafficLight light,
                       Integer progress, int completed, List<Activity> activities, List<Indicator> indicators,
                       ResultKind assessmentKind) {
        @JsonbCreator
        public Area {
            activities = List.copyOf(activities);
            indicators = List.copyOf(indicators);
        }

        public Area(long areaId, String code, String name, String assessment, TrafficLight light, Integer progress,
                    int completed, List<Activity> activities, List<Indicator> indicators) {
            this(areaId, code, name, assessment, light, progress, completed, activities, indicators, null);
        }
    }

    public record Activity(long activityId, String reference, String title, String goal, String leadParty,
                           ActivityStatus status, TrafficLight light, int progress, LocalDate startDate,
                           LocalDate dueDate, boolean overdue, List<Update> updates, BigDecimal hours) {
        @JsonbCreator
        public Activity {
            updates = List.copyOf(updates);
        }

        public Activity(long activityId, String reference, String title, String goal, String leadParty,
                        ActivityStatus status, TrafficLight light, int progress, LocalDate startDate,
                        LocalDate dueDate, boolean overdue, List<Update> updates) {
            this(activityId, reference, title, goal, leadParty, status, light, progress, startDate, dueDate, overdue,
                    updates, null);
        }
    }

    /** A status update made in the follow-up's period. */
    public record Update(LocalDateTime reportedAt, ActivityStatus status, TrafficLight light, int progress,
                         String comment, String reportedBy) {
    }

    public record Indicator(long indicatorId, String goal, String name, String unit, IndicatorDirection direction,
                            BigDecimal baseline, Integer baselineYear, BigDecimal target, Integer targetYear,
                            BigDecimal tolerance, String source, List<Measurement> measurements,
                            IndicatorRating rating, ResultKind kind) {
        @JsonbCreator
        public Indicator {
            measurements = List.copyOf(measurements);
        }

        public Indicator(long indicatorId, String goal, String name, String unit, IndicatorDirection direction,
                         BigDecimal baseline, Integer baselineYear, BigDecimal target, Integer targetYear,
                         BigDecimal tolerance, String source, List<Measurement> measurements, IndicatorRating rating) {
            this(indicatorId, goal, name, unit, direction, baseline, baselineYear, target, targetYear, tolerance,
                    source, measurements, rating, null);
        }
    }

    public record Measurement(String period, BigDecimal value, String comment) {
    }

    /**
     * A party: how far the activities it leads have come, whether it marked its part reported, and the hours its
     * people reported in the period (Brå: the parties' time is the cost of the work).
     */
    public record Party(long partyId, String organisation, int activities, Integer progress, String reportedBy,
                        LocalDateTime reportedAt, BigDecimal hours) {
        @JsonbCreator
        public Party {
        }

        public Party(long partyId, String organisation, int activities, Integer progress, String reportedBy,
                     LocalDateTime reportedAt) {
            this(partyId, organisation, activities, progress, reportedBy, reportedAt, null);
        }

        public boolean reported() {
            return reportedAt != null;
        }
    }

    /**
     * A problem of the municipality's situation picture that activities of this agreement address: the problem, its
     * measures (the activities, as in the report) and the result — how far they came, the hours spent on them, and
     * the indicators that measure the problem.
     */
    public record Problem(long problemId, String title, String category, List<Long> activityIds,
                          List<Long> indicatorIds) {
        @JsonbCreator
        public Problem {
            activityIds = activityIds == null ? List.of() : List.copyOf(activityIds);
            indicatorIds = indicatorIds == null ? List.of() : List.copyOf(indicatorIds);
        }
    }
}
