package se.samspar.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.coordination.api.CoordinationQueries;
import se.samspar.coordination.api.DecisionEditing;
import se.samspar.coordination.api.DecisionView;
import se.samspar.coordination.api.MeetingView;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.ViewParameters;
import se.samspar.web.faces.form.FormMessages;

/**
 * One decision (/decision?id=…): what was decided, by whom, when, its § and diary number, any reservation, the
 * meeting it was taken at, and the activities it creates or changes ({@link LinksSection}). The agreement's
 * coordinators change it here.
 */
@Named
@ViewScoped
public class DecisionPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    CoordinationQueries coordination;
    @Inject
    DecisionEditing decisionEditing;
    @Inject
    Language language;

    private String id;
    private long decisionId;
    private long agreementId;
    private boolean mayEdit;
    private DecisionForm form;
    private transient DecisionView decision;
    private transient MeetingView meeting;
    private transient AgreementStructure structure;
    private transient List<ActivityView> linked;

    public void load() {
        Long parsed = ViewParameters.id(id);
        DecisionView found = ViewParameters.found(parsed, coordination::decision);
        if (found == null) {
            return;
        }
        decisionId = parsed;
        agreementId = found.agreementId();
        decision = found;
        form = DecisionForm.of(found);
        mayEdit = coordination.mayEdit(agreementId);
    }

    public void save() {
        FormMessages.save("decision", language, () -> decisionEditing.update(decisionId, form.getVersion(),
                form.draft()), this::reread, "edit.saved");
    }

    /** After a change of the decision or of its links: read again, the form following (its version too). */
    void reread() {
        decision = coordination.decision(decisionId).orElseThrow();
        form = DecisionForm.of(decision);
        linked = null;
    }

    // ---- read models

    public DecisionView getDecision() {
        if (decision == null) {
            decision = coordination.decision(decisionId).orElseThrow();
        }
        return decision;
    }

    public MeetingView getMeeting() {
        if (meeting == null && getDecision().meetingId() != null) {
            meeting = coordination.meeting(getDecision().meetingId()).orElse(null);
        }
        return meeting;
    }

    public AgreementStructure getStructure() {
        if (structure == null) {
            structure = agreements.structure(agreementId).orElseThrow();
        }
        return structure;
    }

    /**
     * The linked activities, in reference order (one deleted since is left out): read by their ids, once (the agreement
     * may have a thousand).
     */
    public List<ActivityView> getLinked() {
        if (linked == null) {
            linked = activities.withIds(agreementId, getDecision().activityIds()).stream()
                    .sorted(Comparator.comparing(ActivityView::reference)).toList();
        }
        return linked;
    }

    // ---- state

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public long getDecisionId() { return decisionId; }
    public long getAgreementId() { return agreementId; }
    public boolean isMayEdit() { return mayEdit; }
    public DecisionForm getForm() { return form; }
}
