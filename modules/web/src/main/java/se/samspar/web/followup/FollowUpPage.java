package se.samspar.web.followup;

import se.samspar.web.followup.document.ReportText;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.web.faces.RowParameters;
import se.samspar.web.faces.form.FormMessages;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.ViewParameters;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.followup.api.AreaAssessment;
import se.samspar.followup.api.Decision;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.followup.api.FollowUpView;
import se.samspar.followup.api.FollowUpQueries;
import se.samspar.followup.api.FollowUps;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Roles;
import se.samspar.platform.api.StaleEdit;

/**
 * One follow-up (/follow-up?id=…). While it is prepared: which parties have reported, what each
 * party's users have to report, the coordinator's summary and assessments, and adoption. Once
 * adopted: the report as adopted, from its snapshot, with its PDF and XLSX.
 */
@Named
@ViewScoped
public class FollowUpPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int AREA_ROWS_SHOWN = 25;

    @Inject
    FollowUps followUps;
    @Inject
    FollowUpQueries followUpQueries;
    @Inject
    AgreementQueries agreements;
    @Inject
    CallerContext callers;
    @Inject
    Language language;
    @Inject
    CommandValidator validator;
    @Inject
    PartyReportingSection partyReporting;

    private String id;
    private long followUpId;
    private transient FollowUpView followUp;
    // The report lives for the request (an adopted one holds its year's status updates; 64 views a session of them
    // filled a 512 MB heap under 20 users), never in the view.
    private static final String REPORT = FollowUpPage.class.getName() + ".report";
    private transient AgreementStructure structure;
    private boolean mayPrepare;

    // The coordinator's forms.
    private String summary;
    private Map<Long, String> assessmentText = new LinkedHashMap<>();
    private Map<Long, String> assessmentLight = new LinkedHashMap<>(); // enum names: a Map gives Faces no type to convert to
    private Map<Long, String> assessmentKind = new LinkedHashMap<>();
    private String decisionBody;
    private LocalDate decisionDate;
    private String decisionParagraph;
    private String decisionDiaryNumber;
    private LocalDate reportingDeadline;

    public void load() {
        Long parsed = ViewParameters.id(id);
        try {
            followUp = parsed == null ? null : followUpQueries.find(parsed).orElse(null);
        } catch (AccessDenied e) {
            ViewParameters.refuse(e);
            return;
        }
        if (followUp == null) {
            ViewParameters.refuse(404);
            return;
        }
        followUpId = parsed;
        // Rule 11: the follow-ups of a closed agreement are shown, never changed.
        mayPrepare = followUpQueries.mayPrepare(followUp.agreementId());
        resetForms();
    }

    private void reload() {
        followUp = followUpQueries.find(followUpId).orElseThrow();
        FacesContext.getCurrentInstance().getAttributes().remove(REPORT);
        structure = null;
    }

    private void resetForms() {
        summary = followUp.summary();
        reportingDeadline = followUp.reportingDeadline();
        assessmentText.clear();
        assessmentLight.clear();
        assessmentKind.clear();
        followUp.assessments().forEach((area, a) -> {
            assessmentText.put(area, a.text());
            assessmentLight.put(area, a.light() == null ? null : a.light().name());
            assessmentKind.put(area, a.kind() == null ? null : a.kind().name());
        });
    }

    // ---- actions

    public void startReporting() {
        act(() -> followUps.startReporting(followUpId, getFollowUp().version()), "followUp.reportingStarted", "status");
    }

    /** The party of the row clicked, by the id the row was shown with (its f:param {@code partyId}), not by row. */
    public void markReported() {
        Long partyId = RowParameters.number("partyId");
        if (partyId != null) {
            act(() -> followUps.markReported(followUpId, partyId), "followUp.markedReported", "parties");
        }
    }

    public void saveDeadline() {
        act(() -> followUps.setReportingDeadline(followUpId, getFollowUp().version(), reportingDeadline),
                "edit.saved", "deadline");
    }

    public void saveAssessment() {
        List<AreaAssessment> list = new ArrayList<>();
        for (FollowUpReport.Area area : getReport().areas()) {
            String light = assessmentLight.get(area.areaId());
            String kind = assessmentKind.get(area.areaId());
            list.add(new AreaAssessment(area.areaId(), assessmentText.get(area.areaId()),
                    light == null || light.isBlank() ? null : TrafficLight.valueOf(light),
                    kind == null || kind.isBlank() ? null : se.samspar.followup.api.ResultKind.valueOf(kind)));
        }
        act(() -> followUps.assess(followUpId, getFollowUp().version(), summary, list), "edit.saved", "assessment");
    }

    /**
     * "Fastställ", first step: the decision's fields are checked (messages at the fields, nothing asked); only
     * then is the confirmation dialog opened, naming the parties that have not reported. Adoption itself is
     * {@link #adopt()}, from the dialog.
     */
    public void prepareAdoption() {
        try {
            validator.check(decision());
        } catch (InvalidInput e) {
            refuse(e, "adoption");
            return;
        }
        partyReporting.forget();
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("confirmAdoption", true);
    }

    public void adopt() {
        act(() -> followUps.adopt(followUpId, getFollowUp().version(), decision()), "followUp.adopted", "adoption");
    }

    private Decision decision() {
        return new Decision(decisionBody, decisionDate, decisionParagraph, decisionDiaryNumber);
    }

    public String revise() {
        try {
            long correction = followUps.revise(followUpId);
            return "/follow-up?faces-redirect=true&id=" + correction;
        } catch (InvalidInput e) {
            refuse(e, "status");
            return null;
        }
    }

    /** One change: on success the page shows the new state; a refusal or stale edit says why and keeps the newer data. */
    private void act(Runnable change, String doneKey, String form) {
        try {
            change.run();
            partyReporting.forget();
            reload();
            resetForms();
            FormMessages.info(form, language.text(doneKey));
        } catch (StaleEdit e) {
            reload();
            resetForms();
            FormMessages.stale(form, language.text("edit.stale"));
        } catch (InvalidInput e) {
            refuse(e, form);
        }
    }

    private void refuse(InvalidInput e, String form) {
        FormMessages.refuse(e, form, language.getLocale());
    }

    // ---- read models

    public FollowUpView getFollowUp() {
        if (followUp == null) {
            followUp = followUpQueries.find(followUpId).orElseThrow();
        }
        return followUp;
    }

    public FollowUpReport getReport() {
        return (FollowUpReport) FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(REPORT, key -> followUpQueries.report(followUpId));
    }

    /** The follow-up's agreement, read once per view (also {@link ToReportSection}'s). */
    AgreementStructure structure() {
        if (structure == null) {
            structure = agreements.structure(getFollowUp().agreementId()).orElseThrow();
        }
        return structure;
    }

    /** May the signed-in user mark this party's part reported (its own organisation, or as coordinator)? */
    public boolean mayMark(FollowUpReport.Party party) {
        if (getFollowUp().status() != FollowUpStatus.REPORTING || party.reported() || structure().agreement().closed()) {
            return false;
        }
        if (mayPrepare) {
            return true;
        }
        var caller = callers.current();
        boolean own = structure().party(party.partyId()).map(p -> caller.belongsTo(p.organisationId())).orElse(false);
        return own && (caller.hasRole(Roles.PARTNER) || caller.hasRole(Roles.COORDINATOR));
    }

    /** "body, date, § n, dnr …", in the user's language, as the PDF writes it. */
    public String decisionText(Decision decision) {
        return new ReportText(language.getLocale()).decision(decision);
    }

    /**
     * How many of an area's activities the report on the page lists: a large city's report holds 1,000 (342 KB of
     * HTML when all were shown); the PDF and the Excel file hold them all.
     */
    public int getAreaRowsShown() {
        return AREA_ROWS_SHOWN;
    }

    public TrafficLight[] getLights() {
        return TrafficLight.values();
    }

    // ---- state

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public boolean isMayPrepare() { return mayPrepare; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Map<Long, String> getAssessmentText() { return assessmentText; }
    public Map<Long, String> getAssessmentLight() { return assessmentLight; }
    public Map<Long, String> getAssessmentKind() { return assessmentKind; }
    public se.samspar.followup.api.ResultKind[] getResultKinds() { return se.samspar.followup.api.ResultKind.values(); }
    public LocalDate getReportingDeadline() { return reportingDeadline; }
    public void setReportingDeadline(LocalDate reportingDeadline) { this.reportingDeadline = reportingDeadline; }
    public String getDecisionBody() { return decisionBody; }
    public void setDecisionBody(String decisionBody) { this.decisionBody = decisionBody; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public void setDecisionDate(LocalDate decisionDate) { this.decisionDate = decisionDate; }
    public String getDecisionParagraph() { return decisionParagraph; }
    public void setDecisionParagraph(String decisionParagraph) { this.decisionParagraph = decisionParagraph; }
    public String getDecisionDiaryNumber() { return decisionDiaryNumber; }
    public void setDecisionDiaryNumber(String decisionDiaryNumber) { this.decisionDiaryNumber = decisionDiaryNumber; }
}
