package se.samspar.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.coordination.api.ActionItemDraft;
import se.samspar.coordination.api.ActivityLinks;
import se.samspar.coordination.api.Linked;
import se.samspar.coordination.api.MeetingEditing;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.NotFound;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.form.ActivityChoices;
import se.samspar.web.faces.form.FormMessages;

/** A meeting's action items: the coordinators add one, and link an action item to an activity of the agreement. */
@Named
@ViewScoped
public class ActionItemsSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    MeetingPage page;
    @Inject
    MeetingEditing meetingEditing;
    @Inject
    ActivityLinks links;
    @Inject
    Language language;
    @Inject
    ActivityTable activityTable;
    @Inject
    ActivityQueries activityQueries;

    private String text;
    private Long responsiblePartyId;
    private LocalDate dueDate;
    private Long actionItemId;
    private Long activityId;
    private ActivityChoices activityChoices = new ActivityChoices("itemLink");

    public void add() {
        if (FormMessages.save("actionItem", language, () -> meetingEditing.addActionItem(page.getMeetingId(),
                new ActionItemDraft(text, responsiblePartyId, dueDate)), page::actionItemsChanged,
                "meetings.actionItemAdded")) {
            text = null;
            responsiblePartyId = null;
            dueDate = null;
        }
    }

    public void link() {
        if (actionItemId == null) {
            FormMessages.refuse(InvalidInput.of("actionItemId", "samspar.required"), "itemLink", language.getLocale());
            return;
        }
        try {
            if (FormMessages.save("itemLink", language, () -> links.link(Linked.ACTION_ITEM, actionItemId,
                    activityId == null ? -1 : activityId), page::actionItemsChanged, "meetings.linked")) {
                activityId = null;
            }
        } catch (NotFound e) {
            FormMessages.refuse(InvalidInput.of("actionItemId", "samspar.unknown"), "itemLink", language.getLocale());
        }
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getResponsiblePartyId() { return responsiblePartyId; }
    public void setResponsiblePartyId(Long responsiblePartyId) { this.responsiblePartyId = responsiblePartyId; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Long getActionItemId() { return actionItemId; }
    public void setActionItemId(Long actionItemId) { this.actionItemId = actionItemId; }
    /** The agreement's activities that the search finds, for the link form. */
    public ActivityChoices.Offer getOffer() {
        return activityChoices.offer(activityTable, activityQueries, page.getAgreementId(), activityId, List.of());
    }

    public ActivityChoices getActivityChoices() { return activityChoices; }
    public Long getActivityId() { return activityId; }
    public void setActivityId(Long activityId) { this.activityId = activityId; }
}
