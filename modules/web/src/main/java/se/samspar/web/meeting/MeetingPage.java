package se.samspar.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.coordination.api.ActionItemView;
import se.samspar.coordination.api.CoordinationQueries;
import se.samspar.coordination.api.DecisionEditing;
import se.samspar.coordination.api.DecisionView;
import se.samspar.coordination.api.MeetingEditing;
import se.samspar.coordination.api.MeetingView;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.ViewParameters;
import se.samspar.web.faces.form.FormMessages;

/**
 * One meeting (/meeting?id=…): kind, date, parties, agenda, minutes, its decisions (each opened on its own page,
 * where activities are created or linked) and its action items ({@link ActionItemsSection}). The agreement's
 * coordinators change the meeting and record its decisions here.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    CoordinationQueries coordination;
    @Inject
    MeetingEditing meetingEditing;
    @Inject
    DecisionEditing decisionEditing;
    @Inject
    Language language;

    private String id;
    private long meetingId;
    private long agreementId;
    private boolean mayEdit;
    private MeetingForm form;
    private DecisionForm decision = new DecisionForm();
    private transient MeetingView meeting;
    private transient AgreementStructure structure;
    private transient List<DecisionView> decisions;
    private transient List<ActionItemView> actionItems;
    private transient List<ActivityView> linkedActivities;

    public void load() {
        Long parsed = ViewParameters.id(id);
        MeetingView found = ViewParameters.found(parsed, coordination::meeting);
        if (found == null) {
            return;
        }
        meetingId = parsed;
        agreementId = found.agreementId();
        meeting = found;
        form = MeetingForm.of(found);
        mayEdit = coordination.mayEdit(agreementId);
    }

    public void save() {
        FormMessages.save("meeting", language, () -> meetingEditing.update(meetingId, form.getVersion(), form.draft()),
                this::reread, "edit.saved");
    }

    public void recordDecision() {
        if (FormMessages.save("decision", language, () -> decisionEditing.record(agreementId, meetingId,
                decision.draft()), this::decisionsChanged, "meetings.decisionRecorded")) {
            decision = new DecisionForm();
        }
    }

    private void decisionsChanged() {
        decisions = null;
        linkedActivities = null;
    }

    private void reread() {
        meeting = coordination.meeting(meetingId).orElseThrow();
        form = MeetingForm.of(meeting);
    }

    void actionItemsChanged() {
        actionItems = null;
        linkedActivities = null;
    }

    // ---- read models

    public MeetingView getMeeting() {
        if (meeting == null) {
            meeting = coordination.meeting(meetingId).orElseThrow();
        }
        return meeting;
    }

    public AgreementStructure getStructure() {
        if (structure == null) {
            structure = agreements.structure(agreementId).orElseThrow();
        }
        return structure;
    }

    public List<DecisionView> getDecisions() {
        if (decisions == null) {
            decisions = coordination.decisionsAt(meetingId);
        }
        return decisions;
    }

    public List<ActionItemView> getActionItems() {
        if (actionItems == null) {
            actionItems = coordination.actionItems(meetingId);
        }
        return actionItems;
    }

    /** Those of the activities the meeting's decisions and action items link to, in reference order. */
    public List<ActivityView> linked(Collection<Long> activityIds) {
        return linkedActivities().stream().filter(a -> activityIds.contains(a.id())).toList();
    }

    /**
     * Every activity the meeting's decisions and action items link to (one deleted since is left out): read by their
     * ids, once (the agreement may have a thousand; the link form offers them through
     * {@link ActionItemsSection#getOffer}).
     */
    private List<ActivityView> linkedActivities() {
        if (linkedActivities == null) {
            Set<Long> ids = new HashSet<>();
            getDecisions().forEach(d -> ids.addAll(d.activityIds()));
            getActionItems().forEach(i -> ids.addAll(i.activityIds()));
            linkedActivities = activities.withIds(agreementId, ids).stream()
                    .sorted(Comparator.comparing(ActivityView::reference)).toList();
        }
        return linkedActivities;
    }

    // ---- state

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public long getMeetingId() { return meetingId; }
    public long getAgreementId() { return agreementId; }
    public boolean isMayEdit() { return mayEdit; }
    public MeetingForm getForm() { return form; }
    public DecisionForm getDecision() { return decision; }
}
