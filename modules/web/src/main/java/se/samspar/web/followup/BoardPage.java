package se.samspar.web.followup;

import se.samspar.web.followup.document.ReportText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.followup.api.AnnualFigures;
import se.samspar.followup.api.FollowUpView;
import se.samspar.followup.api.FollowUps;

/**
 * The board's page (/board): the adopted follow-ups of the user's agreements, newest first, and
 * for each agreement its adopted annual follow-ups side by side. Read-only, from the figures kept of the snapshots
 * (never the snapshots themselves, which hold every status update of their year).
 */
@Named
@RequestScoped
public class BoardPage {
    @Inject
    FollowUps followUps;
    @Inject
    AgreementQueries agreements;
    @Inject
    se.samspar.web.faces.Language language;

    private List<FollowUpView> adopted;
    private Map<AgreementView, YearComparison> comparisons;

    public List<FollowUpView> getAdopted() {
        if (adopted == null) {
            adopted = followUps.adopted();
        }
        return adopted;
    }

    public Map<AgreementView, YearComparison> getComparisons() {
        if (comparisons == null) {
            comparisons = new LinkedHashMap<>();
            Map<Long, List<AnnualFigures>> figures = followUps.adoptedAnnualFigures();
            for (AgreementView a : agreements.agreements()) {
                comparisons.put(a, YearComparison.ofFigures(figures.getOrDefault(a.id(), List.of())));
            }
        }
        return comparisons;
    }

    public List<Map.Entry<AgreementView, YearComparison>> getComparisonList() {
        return List.copyOf(getComparisons().entrySet());
    }

    /** "body, date, § n, dnr …", in the user's language. */
    public String decisionText(se.samspar.followup.api.Decision decision) {
        return new ReportText(language.getLocale()).decision(decision);
    }

    public String agreementTitle(long agreementId) {
        return getComparisons().keySet().stream().filter(a -> a.id() == agreementId).map(AgreementView::title)
                .findFirst().orElse("");
    }
}
