package se.samspar.situation.api;

import java.time.LocalDate;
import java.util.List;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.coordination.api.CoordinationFunctionView;
import se.samspar.coordination.api.MeetingView;

/**
 * What Samspår holds of a municipality's three duties under the law on municipalities' responsibility for crime
 * prevention (SFS 2023:196): a situation picture, an action plan decided on its basis, and a coordination function.
 * Each duty says whether it is in place; nothing here judges more than what is recorded.
 */
public record LawView(long municipalityId, String municipalityName, LocalDate today, PictureDuty picture,
                      List<PlanLine> plan, List<CoordinationLine> coordination, List<ProblemLine> problems,
                      LocalDate hoursFrom, List<PartyHours> hours) {
    public LawView {
        plan = List.copyOf(plan);
        coordination = List.copyOf(coordination);
        problems = List.copyOf(problems);
        hours = List.copyOf(hours);
    }

    /** The hours of every party together. */
    public java.math.BigDecimal totalHours() {
        return hours.stream().map(PartyHours::hours).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    /** The action plan is in place when an active agreement of the municipality has activities. */
    public boolean planInPlace() {
        return plan.stream().anyMatch(p -> p.status() == AgreementStatus.ACTIVE && p.activities() > 0);
    }

    /** The coordination function is in place when one of the municipality's agreements names it. */
    public boolean coordinationInPlace() {
        return coordination.stream().anyMatch(c -> c.function() != null);
    }

    /** The latest meeting over all the municipality's agreements, or null. */
    public CoordinationLine latestMeeting() {
        return coordination.stream().filter(c -> c.latestMeeting() != null)
                .max(java.util.Comparator.comparing(c -> c.latestMeeting().heldOn())).orElse(null);
    }

    /**
     * The latest adopted version (null fields when none) and whether it is older than the limit; the newest draft
     * if one is being prepared; the current picture's problems, and how many of them no activity addresses.
     */
    public record PictureDuty(Long adoptedId, Integer number, LocalDate asOf, Adoption adoption, int maxAgeMonths,
                              boolean outdated, Long draftId, int problems, int problemsWithoutMeasure) {
        public boolean inPlace() {
            return adoptedId != null && !outdated;
        }
    }

    /**
     * One agreement of the action plan: its activities (not cancelled), how many address a problem, and its latest
     * follow-up (the last adopted, else the newest; null when none) where production, process and effect are followed up.
     */
    public record PlanLine(long agreementId, String title, LocalDate validFrom, LocalDate validTo,
                           AgreementStatus status, int activities, int linked, Long followUpId, String followUpTitle) {
        /** Linked activities in whole percent; null when there are none. */
        public Integer linkedShare() {
            return activities == 0 ? null : (int) Math.round(100.0 * linked / activities);
        }
    }

    /**
     * A problem of the current picture → its measures (the activities of the municipality's agreements addressing it)
     * → the result: how many are completed, their mean progress, and the hours reported on them since {@code hoursFrom}.
     */
    public record ProblemLine(long problemId, String title, List<String> measures, int completed, Integer progress,
                              java.math.BigDecimal hours) {
        public ProblemLine {
            measures = List.copyOf(measures);
        }
    }

    /** The hours a party's organisation reported on the municipality's agreements since {@code hoursFrom}. */
    public record PartyHours(long organisationId, String organisation, java.math.BigDecimal hours) {
    }

    /** An agreement's coordination function (null when not named) with its organisation's name, and latest meeting. */
    public record CoordinationLine(long agreementId, String agreementTitle, CoordinationFunctionView function,
                                   String organisation, MeetingView latestMeeting) {
    }
}
