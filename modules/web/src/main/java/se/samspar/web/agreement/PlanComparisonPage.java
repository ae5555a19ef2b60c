package se.samspar.web.agreement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samspar.actionplan.api.PlanBaselines;
import se.samspar.actionplan.api.PlanChange;
import se.samspar.actionplan.api.PlanComparison;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.web.faces.Format;
import se.samspar.web.faces.ViewParameters;

/**
 * /agreement-plan?id=…: today's plan against the plan as signed (rule 13), for everyone who may see the agreement
 * (the services check). No baseline is said plainly: a draft, or an agreement activated before baselines existed.
 */
@Named
@RequestScoped
public class PlanComparisonPage {

    @Inject
    AgreementQueries agreements;
    @Inject
    PlanBaselines baselines;
    @Inject
    Format format;

    private String id;
    private AgreementStructure structure;
    private PlanComparison comparison;

    /** Called by f:viewAction; an unknown or malformed id is a 404, someone else's agreement a 403. */
    public void load() {
        structure = ViewParameters.agreement(agreements, id);
        if (structure != null) {
            comparison = baselines.compare(structure.agreement().id()).orElse(null);
        }
    }

    /** What the signed plan said: a date, a name or a weight; "–" where it says nothing. */
    public String before(PlanChange change) {
        return side(change.fromDate() != null, change.fromDate(), change.from());
    }

    public String after(PlanChange change) {
        return side(change.toDate() != null, change.toDate(), change.to());
    }

    private String side(boolean isDate, java.time.LocalDate date, String text) {
        if (isDate) {
            return format.date(date);
        }
        return text == null || text.isBlank() ? "–" : text;
    }

    public List<PlanChange> getChanges() {
        return comparison == null ? List.of() : comparison.changes();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AgreementStructure getStructure() {
        return structure;
    }

    public PlanComparison getComparison() {
        return comparison;
    }
}
