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

    /** How many activities without a problem are listed at most. */
    static final int SHOWN = 100;

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

    /**
     * The first {@value #SHOWN} activities without a problem, with their references, in the action plan's order (the
     * page gives their number: a large city's agreement and a new picture would otherwise list a thousand).
     */
    public List<ActivityView> activitiesWithoutProblem(Long agreementId) {
        if (agreementId == null) {
            return List.of();
        }
        if (unlinked == null) {
            List<Long> ids = of(agreementId).activitiesWithoutProblem();
            unlinked = activities.withIds(agreementId, ids.subList(0, Math.min(SHOWN, ids.size())));
        }
        return unlinked;
    }

    /** Are there more activities without a problem than are listed? */
    public boolean moreWithoutProblem(Long agreementId) {
        return of(agreementId).activitiesWithoutProblem().size() > activitiesWithoutProblem(agreementId).size();
    }
}
