package se.samspar.situation.api;

import java.util.Collection;
import java.util.List;

/**
 * Which activities address which problem (Brå: the link between problems and measures), and what lacks it: the
 * problems of the municipality's current picture without a measure, an agreement's activities without a problem.
 */
public interface ProblemMeasures {

    /**
     * The activities addressing a problem of the current picture, replacing those before; only activities of the
     * municipality's agreements that the caller coordinates may be added or removed.
     */
    void setMeasures(long problemId, Collection<Long> activityIds);

    /** The activities the caller may link to the municipality's problems: those of agreements it coordinates. */
    List<Long> linkableAgreements(long municipalityId);

    /** What lacks the link, for an agreement's page and its dashboard. */
    Coverage coverage(long agreementId);

    /**
     * For the agreement's municipality (null when none): its current picture (null when none), the current
     * picture's problems without any measure, and the agreement's activities (not cancelled) without a problem.
     */
    record Coverage(Long municipalityId, Long pictureId, List<Unmeasured> problemsWithoutMeasure,
                    List<Long> activitiesWithoutProblem) {
        public Coverage {
            problemsWithoutMeasure = List.copyOf(problemsWithoutMeasure);
            activitiesWithoutProblem = List.copyOf(activitiesWithoutProblem);
        }
    }

    record Unmeasured(long problemId, String title) {
    }

    /**
     * The current picture's problems that the agreement's activities address, each with how many of them do and the
     * hours reported on those between from and to (either open): the resources spent per problem.
     */
    List<ProblemHours> hoursPerProblem(long agreementId, java.time.LocalDate from, java.time.LocalDate to);

    record ProblemHours(long problemId, String title, int measures, java.math.BigDecimal hours) {
    }
}
