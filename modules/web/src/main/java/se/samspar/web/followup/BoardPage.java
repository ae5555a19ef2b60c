package se.samspar.web.followup;

import se.samspar.web.followup.document.ReportText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.followup.api.AnnualFigures;
import se.samspar.followup.api.FollowUpView;
import se.samspar.followup.api.FollowUpQueries;
import se.samspar.web.faces.RowParameters;

/**
 * The board's page (/board): the adopted follow-ups of the user's agreements, newest first, and
 * for each agreement its adopted annual follow-ups side by side. Read-only, from the figures kept of the snapshots
 * (never the snapshots themselves, which hold every status update of their year). A user who sees more than
 * {@value #ALL_AT_ONCE} agreements (the police, an administrator: up to every agreement in the country) chooses one
 * ({@code ?agreement=}), so the page stays the size of one agreement's follow-ups.
 */
@Named
@RequestScoped
public class BoardPage {
    @Inject
    FollowUpQueries followUps;
    @Inject
    AgreementQueries agreements;
    @Inject
    se.samspar.web.faces.Language language;

    static final int ALL_AT_ONCE = 5;

    private List<AgreementView> visible;
    private List<AgreementView> shown;
    private List<FollowUpView> allAdopted;
    private List<FollowUpView> adopted;
    private Map<AgreementView, YearComparison> comparisons;

    /** Every agreement the user sees, for the choice. */
    public List<AgreementView> getAgreements() {
        if (visible == null) {
            visible = agreements.agreements();
        }
        return visible;
    }

    public boolean isChoosing() {
        return getAgreements().size() > ALL_AT_ONCE;
    }

    /**
     * All the user's agreements, or when they are many the one chosen; when none (or an unknown one) is, the one whose
     * follow-up was adopted last, else the first.
     */
    public List<AgreementView> getShown() {
        if (shown == null) {
            if (!isChoosing()) {
                shown = getAgreements();
            } else {
                Long chosen = RowParameters.number("agreement");
                List<FollowUpView> all = allAdopted();
                long latest = all.isEmpty() ? -1 : all.get(0).agreementId();
                shown = List.of(getAgreements().stream().filter(a -> chosen != null && a.id() == chosen).findFirst()
                        .or(() -> getAgreements().stream().filter(a -> a.id() == latest).findFirst())
                        .orElse(getAgreements().get(0)));
            }
        }
        return shown;
    }

    /** Every adopted follow-up of the user's agreements, newest first (rows of the follow-up table, no snapshot). */
    private List<FollowUpView> allAdopted() {
        if (allAdopted == null) {
            allAdopted = followUps.adopted();
        }
        return allAdopted;
    }

    public long getShownId() {
        return getShown().isEmpty() ? 0 : getShown().get(0).id();
    }

    public List<FollowUpView> getAdopted() {
        if (adopted == null) {
            Set<Long> ids = getShown().stream().map(AgreementView::id).collect(Collectors.toSet());
            adopted = allAdopted().stream().filter(f -> ids.contains(f.agreementId())).toList();
        }
        return adopted;
    }

    public Map<AgreementView, YearComparison> getComparisons() {
        if (comparisons == null) {
            comparisons = new LinkedHashMap<>();
            Map<Long, List<AnnualFigures>> figures = followUps.adoptedAnnualFigures(
                    getShown().stream().map(AgreementView::id).toList());
            for (AgreementView a : getShown()) {
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
