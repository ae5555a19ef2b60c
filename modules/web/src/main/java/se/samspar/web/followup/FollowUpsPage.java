package se.samspar.web.followup;

import se.samspar.agreement.api.AgreementQueries;
import se.samspar.web.faces.form.FormMessages;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.ViewParameters;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.followup.api.FollowUpDraft;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpView;
import se.samspar.followup.api.FollowUpQueries;
import se.samspar.followup.api.FollowUps;
import se.samspar.followup.api.FollowUpReportingState;
import se.samspar.followup.api.PartiesReporting;
import java.util.Map;
import se.samspar.platform.api.InvalidInput;

/**
 * The follow-ups of an agreement (/follow-ups?agreement=…): the list, the comparison of adopted
 * annual follow-ups, and for coordinators the form that opens a new one.
 */
@Named
@ViewScoped
public class FollowUpsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries agreements;
    @Inject
    FollowUps followUps;
    @Inject
    FollowUpQueries followUpQueries;
    @Inject
    FollowUpReportingState reportingState;
    @Inject
    Language language;

    private String agreement;
    private long agreementId;
    private transient AgreementView view;
    private transient List<FollowUpView> list;
    private transient YearComparison comparison;
    private transient Map<Long, PartiesReporting> reporting;
    private boolean mayPrepare;

    private FollowUpKind kind = FollowUpKind.ANNUAL;
    private String title;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private LocalDate reportingDeadline;

    public void load() {
        AgreementStructure structure = ViewParameters.agreement(agreements, agreement);
        if (structure == null) {
            return;
        }
        view = structure.agreement();
        agreementId = view.id();
        mayPrepare = followUpQueries.mayPrepare(agreementId);
    }

    /** Opens the follow-up and goes to it; refused input is shown at its field and nothing is written. */
    public String open() {
        try {
            long id = followUps.open(agreementId, new FollowUpDraft(kind, title, periodFrom, periodTo, reportingDeadline));
            return "/follow-up?faces-redirect=true&id=" + id;
        } catch (InvalidInput e) {
            FormMessages.refuse(e, "open", language.getLocale());
            return null;
        }
    }

    public AgreementView getAgreementView() {
        if (view == null) {
            view = agreements.structure(agreementId).orElseThrow().agreement();
        }
        return view;
    }

    public List<FollowUpView> getList() {
        if (list == null) {
            list = followUpQueries.ofAgreement(agreementId);
        }
        return list;
    }

    /** "2 av 6 parter har rapporterat" for each follow-up not yet adopted, by id, counted in one statement for all. */
    public Map<Long, PartiesReporting> getReporting() {
        if (reporting == null) {
            reporting = reportingState.ofAgreement(agreementId);
        }
        return reporting;
    }

    /**
     * From the figures kept of each adopted snapshot, as the board's: the whole reports (a year of status updates
     * each) held by every open view of this page ran a 512 MB heap out under 20 users (issue 12's benchmark).
     */
    public YearComparison getComparison() {
        if (comparison == null) {
            comparison = YearComparison.ofFigures(
                    followUpQueries.adoptedAnnualFigures(List.of(agreementId)).getOrDefault(agreementId, List.of()));
        }
        return comparison;
    }

    public FollowUpKind[] getKinds() {
        return FollowUpKind.values();
    }

    public String getAgreement() { return agreement; }
    public void setAgreement(String agreement) { this.agreement = agreement; }
    public long getAgreementId() { return agreementId; }
    public boolean isMayPrepare() { return mayPrepare; }
    public FollowUpKind getKind() { return kind; }
    public void setKind(FollowUpKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public LocalDate getReportingDeadline() { return reportingDeadline; }
    public void setReportingDeadline(LocalDate reportingDeadline) { this.reportingDeadline = reportingDeadline; }

}
