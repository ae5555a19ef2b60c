package se.samspar.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samspar.actionplan.api.HoursSpent;
import se.samspar.situation.api.ProblemMeasures;

/**
 * The dashboard's resources (Brå: the parties' hours are the cost of the work): the hours reported under the page's
 * filter per priority area, per party and per problem of the municipality's situation picture. Two aggregate queries.
 */
@Named
@RequestScoped
public class DashboardHours {
    @Inject
    HoursSpent hoursSpent;
    @Inject
    ProblemMeasures measures;
    @Inject
    DashboardPage page;

    private HoursSpent.Hours hours;
    private List<ProblemMeasures.ProblemHours> problems;

    public HoursSpent.Hours getHours() {
        if (hours == null) {
            hours = hoursSpent.ofAgreement(page.getStructure().agreement().id(), page.getFilter());
        }
        return hours;
    }

    public List<ProblemMeasures.ProblemHours> getProblems() {
        if (problems == null) {
            problems = measures.hoursPerProblem(page.getStructure().agreement().id(), page.getFilter().from(),
                    page.getFilter().to());
        }
        return problems;
    }
}
