package se.samspar.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samspar.situation.api.ProblemMeasures;

/** The dashboard's two figures of the link between problems and measures (the agreement page lists them). */
@Named
@RequestScoped
public class DashboardCoverage {
    @Inject
    ProblemMeasures measures;

    private static final ProblemMeasures.Coverage NONE = new ProblemMeasures.Coverage(null, null, List.of(), List.of());

    private ProblemMeasures.Coverage coverage;

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
}
