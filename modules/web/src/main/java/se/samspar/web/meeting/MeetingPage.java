package se.samspar.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.PartyView;
import se.samspar.coordination.api.ActionItemView;
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
    private transient Map<Long, ActivityView> agreementActivities;

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
        mayEdit = coordination.mayEdit(agreementId) && !getStructure().agreement().closed();
    }

    public void save() {
        FormMessages.save("meeting", language, () -> meetingEditing.update(meetingId, form.getVersion(), form.draft()),
                this::reread, "edit.saved");
    }

    public void recordDecision() {
        try {
            decisionEditing.record(agreementId, meetingId, decision.draft());
            decision = new DecisionForm();
            decisions = null;
            agreementActivities = null;
            FormMessages.info("decision", language.text("meetings.decisionRecorded"));
        } catch (InvalidInput e) {
            FormMessages.refuse(e, "decision", language.getLocale());
        }
    }

    private void reread() {
        meeting = coordination.meeting(meetingId).orElseThrow();
        form = MeetingForm.of(meeting);
    }

    void actionItemsChanged() {
        actionItems = null;
        agreementActivities = null;
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

    /**
     * The activities the meeting's decisions and action items link to, by id: read by their ids, once (the agreement
     * may have a thousand; the link form offers them through {@link ActionItemsSection#getOffer}).
     */
    private Map<Long, ActivityView> linkedActivities() {
        if (agreementActivities == null) {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            getDecisions().forEach(d -> ids.addAll(d.activityIds()));
            getActionItems().forEach(i -> ids.addAll(i.activityIds()));
            agreementActivities = activities.withIds(agreementId, ids).stream()
                    .collect(Collectors.toMap(ActivityView::id, a -> a, (a, b) -> a));
        }
        return agreementActivities;
    }

    /** The linked activities as views, in reference order (an activity deleted since is left out). */
    public List<ActivityView> linked(java.util.Collection<Long> activityIds) {
        return activityIds.stream().map(linkedActivities()::get).filter(Objects::nonNull)
                .sorted(java.util.Comparator.comparing(ActivityView::reference)).toList();
    }

    public String partyName(Long partyId) {
        return partyId == null ? "–" : getStructure().party(partyId).map(PartyView::displayName).orElse("–");
    }

    public String partyNames(java.util.Collection<Long> partyIds) {
        String joined = partyIds.stream().map(this::partyName).sorted().collect(Collectors.joining(", "));
        return joined.isEmpty() ? "–" : joined;
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
