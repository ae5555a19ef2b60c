package se.samspar.web.agreement.edit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.AgreementPeriod;

/** The inputs of the action plan's activity form: a plain, serializable holder; an activity id when it edits one. */
public class ActivityForm implements Serializable {
    private static final long serialVersionUID = 1L;
    Long activityId;
    long version;
    String editedReference;
    Long areaId;
    Long goalId;
    String reference;
    String title;
    String description;
    Long leadPartyId;
    List<Long> participatingPartyIds = new ArrayList<>();
    String contactPerson;
    String reporterUser;
    LocalDate startDate;
    LocalDate dueDate;
    Integer weight = 1;

    static ActivityForm of(ActivityView a) {
        ActivityForm f = new ActivityForm();
        f.activityId = a.id();
        f.version = a.version();
        f.editedReference = a.reference();
        f.areaId = a.areaId();
        f.goalId = a.goalId();
        f.reference = a.reference();
        f.title = a.title();
        f.description = a.description();
        f.leadPartyId = a.leadPartyId();
        f.participatingPartyIds = new ArrayList<>(a.participatingPartyIds());
        f.contactPerson = a.contactPerson();
        f.reporterUser = a.reporterUser();
        f.startDate = a.startDate();
        f.dueDate = a.dueDate();
        f.weight = a.weight();
        return f;
    }

    /** The inputs as the service takes them. */
    ActivityDraft draft() {
        return new ActivityDraft(areaId, goalId, reference, title, description, leadPartyId,
                participatingPartyIds == null ? Set.of() : new HashSet<>(participatingPartyIds), contactPerson,
                reporterUser, startDate, dueDate, weight == null ? 0 : weight);
    }

    /**
     * The date fields ({@code startDate}, {@code dueDate}) whose saved date lies outside the agreement's period:
     * allowed, but rarely meant, so the pages say so after saving.
     */
    static List<String> outsidePeriod(ActivityDraft draft, AgreementPeriod period) {
        List<String> fields = new ArrayList<>();
        if (draft.startDate() != null && period.excludes(draft.startDate())) {
            fields.add("startDate");
        }
        if (draft.dueDate() != null && period.excludes(draft.dueDate())) {
            fields.add("dueDate");
        }
        return fields;
    }

    public boolean isEditing() { return activityId != null; }
    public Long getActivityId() { return activityId; }
    public String getEditedReference() { return editedReference; }
    public Long getAreaId() { return areaId; }
    public void setAreaId(Long v) { areaId = v; }
    public Long getGoalId() { return goalId; }
    public void setGoalId(Long v) { goalId = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public Long getLeadPartyId() { return leadPartyId; }
    public void setLeadPartyId(Long v) { leadPartyId = v; }
    public List<Long> getParticipatingPartyIds() { return participatingPartyIds; }
    public void setParticipatingPartyIds(List<Long> v) { participatingPartyIds = v; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String v) { contactPerson = v; }
    public String getReporterUser() { return reporterUser; }
    public void setReporterUser(String v) { reporterUser = v; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate v) { startDate = v; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate v) { dueDate = v; }
    public Integer getWeight() { return weight; }
    public void setWeight(Integer v) { weight = v; }
}
