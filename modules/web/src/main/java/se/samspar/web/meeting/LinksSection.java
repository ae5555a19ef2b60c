package se.samspar.web.meeting;

import jakarta.faces.view.ViewScoped;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityTable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.coordination.api.ActivityLinks;
import se.samspar.coordination.api.Linked;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.RowParameters;
import se.samspar.web.faces.form.ActivityChoices;
import se.samspar.web.faces.form.FormMessages;

/**
 * A decision's activities on its page: link an existing activity of the agreement, remove a link, or create a new
 * activity the decision gives rise to — through the coordination module, which creates it with the action plan's
 * service and links it in one transaction.
 */
@Named
@ViewScoped
public class LinksSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DecisionPage page;
    @Inject
    ActivityLinks links;
    @Inject
    Language language;
    @Inject
    ActivityTable activityTable;
    @Inject
    ActivityQueries activityQueries;

    private Long activityId;
    private ActivityChoices activityChoices = new ActivityChoices("link");
    // The new activity: what the action plan needs at least.
    private Long areaId;
    private String reference;
    private String title;
    private String description;
    private Long leadPartyId;
    private LocalDate startDate;
    private LocalDate dueDate;

    public void link() {
        if (FormMessages.save("link", language, () -> links.link(Linked.DECISION, page.getDecisionId(),
                activityId == null ? -1 : activityId), page::reread, "meetings.linked")) {
            activityId = null;
        }
    }

    /** The row's activity, sent with the click (RowParameters), never the row variable. */
    public void unlink() {
        Long id = RowParameters.number("linkedId");
        if (id != null) {
            links.unlink(Linked.DECISION, page.getDecisionId(), id);
            page.reread();
            FormMessages.info("link", language.text("meetings.unlinked"));
        }
    }

    public void create() {
        if (FormMessages.save("newActivity", language, () -> links.createActivity(Linked.DECISION,
                page.getDecisionId(), new ActivityDraft(areaId, null, reference, title, description, leadPartyId,
                        Set.of(), null, null, startDate, dueDate, 1)), page::reread, "meetings.activityCreated")) {
            areaId = null;
            reference = null;
            title = null;
            description = null;
            leadPartyId = null;
            startDate = null;
            dueDate = null;
        }
    }

    /** The activities not linked yet that the search finds, for the link form. */
    public ActivityChoices.Offer getOffer() {
        return activityChoices.offer(activityTable, activityQueries, page.getAgreementId(), activityId,
                page.getDecision().activityIds());
    }

    public ActivityChoices getActivityChoices() { return activityChoices; }
    public Long getActivityId() { return activityId; }
    public void setActivityId(Long activityId) { this.activityId = activityId; }
    public Long getAreaId() { return areaId; }
    public void setAreaId(Long areaId) { this.areaId = areaId; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getLeadPartyId() { return leadPartyId; }
    public void setLeadPartyId(Long leadPartyId) { this.leadPartyId = leadPartyId; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
}
