package se.samspar.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samspar.situation.api.ProblemMeasures;

/** The dashboard's two figures of the link between problems and measures (the agreement page lists them). */
@Named
@RequestScoped
public class DashboardCoverage {
    @Inject
    ProblemMeasures measures;

    private ProblemMeasures.Coverage coverage;

    public ProblemMeasures.Coverage of(long agreementId) {
        if (coverage == null) {
            coverage = measures.coverage(agreementId);
        }
        return coverage;
    }
}
