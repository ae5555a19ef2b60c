package se.samspar.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.coordination.api.CoordinationQueries;
import se.samspar.coordination.api.DecisionEditing;
import se.samspar.coordination.api.DecisionView;
import se.samspar.coordination.api.MeetingEditing;
import se.samspar.coordination.api.MeetingView;
import se.samspar.platform.api.InvalidInput;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.ViewParameters;
import se.samspar.web.faces.form.FormMessages;

/**
 * The coordination of an agreement (/meetings?agreement=…): its coordination function ({@link FunctionSection}),
 * its meetings and every decision, at meetings or elsewhere. Everyone who sees the agreement reads; its
 * coordinators add meetings and record decisions taken elsewhere, each then opened on its own page.
 */
@Named
@ViewScoped
public class MeetingsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries agreements;
    @Inject
    CoordinationQueries coordination;
    @Inject
    MeetingEditing meetingEditing;
    @Inject
    DecisionEditing decisionEditing;
    @Inject
    Language language;

    private String agreement;
    private long agreementId;
    private boolean mayEdit;
    private MeetingForm meeting = new MeetingForm();
    private DecisionForm decision = new DecisionForm();
    private transient AgreementStructure structure;
    private transient List<MeetingView> meetings;
    private transient List<DecisionView> decisions;

    public void load() {
        structure = ViewParameters.agreement(agreements, agreement);
        if (structure == null) {
            return;
        }
        agreementId = structure.agreement().id();
        mayEdit = coordination.mayEdit(agreementId);
    }

    /** A new meeting, then its own page, where its decisions and action items are recorded. */
    public String addMeeting() {
        try {
            long id = meetingEditing.create(agreementId, meeting.draft());
            return "/meeting?faces-redirect=true&id=" + id;
        } catch (InvalidInput e) {
            FormMessages.refuse(e, "meeting", language.getLocale());
            return null;
        }
    }

    /** A decision taken elsewhere (a board's answer to a motion), then its own page, where activities are linked. */
    public String recordDecision() {
        try {
            long id = decisionEditing.record(agreementId, null, decision.draft());
            return "/decision?faces-redirect=true&id=" + id;
        } catch (InvalidInput e) {
            FormMessages.refuse(e, "decision", language.getLocale());
            return null;
        }
    }

    // ---- read models

    public AgreementStructure getStructure() {
        if (structure == null) {
            structure = agreements.structure(agreementId).orElseThrow();
        }
        return structure;
    }

    public List<MeetingView> getMeetings() {
        if (meetings == null) {
            meetings = coordination.meetings(agreementId);
        }
        return meetings;
    }

    public List<DecisionView> getDecisions() {
        if (decisions == null) {
            decisions = coordination.decisions(agreementId);
        }
        return decisions;
    }

    /** The title of the meeting a decision was taken at, from the list already read. */
    public String meetingTitle(Long meetingId) {
        return meetingId == null ? "" : getMeetings().stream().filter(m -> m.id() == meetingId)
                .map(MeetingView::title).findFirst().orElse("");
    }

    public String kindText(MeetingView m) {
        return language.text("meetingKind." + m.kind());
    }

    // ---- state

    public String getAgreement() { return agreement; }
    public void setAgreement(String agreement) { this.agreement = agreement; }
    public long getAgreementId() { return agreementId; }
    public boolean isMayEdit() { return mayEdit; }
    public MeetingForm getMeeting() { return meeting; }
    public DecisionForm getDecision() { return decision; }
}
