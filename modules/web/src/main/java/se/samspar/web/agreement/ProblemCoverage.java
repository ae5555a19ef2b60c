package se.samspar.web.agreement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.situation.api.ProblemMeasures;

/**
 * The agreement page's check of Brå's link between problems and measures: the problems of the municipality's
 * current situation picture that no activity addresses, and this agreement's activities that address no problem.
 */
@Named
@RequestScoped
public class ProblemCoverage {
    @Inject
    ProblemMeasures measures;
    @Inject
    ActivityQueries activities;

    private static final ProblemMeasures.Coverage NONE = new ProblemMeasures.Coverage(null, null, List.of(), List.of());

    private ProblemMeasures.Coverage coverage;
    private List<ActivityView> unlinked;

    /**
     * Null before the page has loaded its agreement (a postback's early phases evaluate the page's conditions
     * before its view action): nothing then, and nothing kept.
     */
    public ProblemMeasures.Coverage of(Long agreementId) {
        if (agreementId == null) {
            return NONE;
        }
        if (coverage == null) {
            coverage = measures.coverage(agreementId);
        }
        return coverage;
    }

    /** The activities without a problem, with their references, in the action plan's order. */
    public List<ActivityView> activitiesWithoutProblem(Long agreementId) {
        if (agreementId == null) {
            return List.of();
        }
        if (unlinked == null) {
            List<Long> ids = of(agreementId).activitiesWithoutProblem();
            unlinked = ids.isEmpty() ? List.of() : activities.activitiesOf(agreementId).stream()
                    .filter(a -> ids.contains(a.id())).toList();
        }
        return unlinked;
    }
}
