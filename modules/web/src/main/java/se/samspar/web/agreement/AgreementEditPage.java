package se.samspar.web.agreement;

import se.samspar.web.faces.RowParameters;
import se.samspar.web.faces.FormMessages;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.Messages;
import se.samspar.web.faces.ViewParameters;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.primefaces.PrimeFaces;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityService;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.AgreementDraft;
import se.samspar.agreement.api.AgreementService;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.OrganisationView;
import se.samspar.agreement.api.PartyDraft;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.StaleEdit;

/**
 * Agreement editing for its coordinators (/agreement-edit?id=…): details and status, parties,
 * priority areas and goals, activities. Thin: every change goes to the module services, which
 * check the caller's rights, the input and the version again; a refused input is shown at its
 * field, a stale edit reloads the newer data into the form (rule 10).
 */
@Named("agreementEdit")
@ViewScoped
public class AgreementEditPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AgreementService agreements;
    @Inject
    transient ActivityService activities;
    @Inject
    transient OrganisationService organisations;
    @Inject
    Language language;

    private String id;
    private Long agreementId;
    // Read models, reloaded after every change (and after the view is restored from elsewhere).
    private transient AgreementStructure structure;
    private transient List<OrganisationView> organisationList;
    /*
     * The activities as the table last showed them. A postback decodes the table's row buttons against this list (row
     * by row, by index), so it is re-read only by the actions that show the table again, never by reload(): the
     * clicked button is found in the row, and offered under the conditions, it was shown with. Which activity it acts
     * on, and in which version, comes with the request (its f:params), never from the row.
     */
    private transient List<ActivityView> activityList;

    private long agreementVersion;
    private DetailsForm details = new DetailsForm();
    private PartyForm party = new PartyForm();
    private AreaForm area = new AreaForm();
    private GoalForm goal = new GoalForm();
    private ActivityForm activity = new ActivityForm();

    /**
     * f:viewAction: a malformed or unknown id is a 404; a caller who is not one of the agreement's
     * coordinators gets a 403, decided by the service, whatever the page would have shown.
     */
    public void load() {
        agreementId = ViewParameters.id(id);
        if (agreementId == null) {
            ViewParameters.refuse(404);
            return;
        }
        if (!agreements.mayEdit(agreementId)) {
            boolean exists;
            try {
                exists = agreements.structure(agreementId).isPresent();
            } catch (AccessDenied e) {
                exists = true;
            }
            ViewParameters.refuse(exists ? 403 : 404);
            return;
        }
        Optional<AgreementStructure> found = agreements.structure(agreementId);
        if (found.isEmpty()) {
            ViewParameters.refuse(404);
            return;
        }
        reload();
        structure = found.get();
        fillDetails();
        AgreementView a = structure.agreement();
        renewal.validFrom = a.validTo().plusDays(1);
        renewal.validTo = renewal.validFrom.plusDays(java.time.temporal.ChronoUnit.DAYS.between(a.validFrom(), a.validTo()));
    }

    // ---- 5. renewal (rule 7)

    private RenewalForm renewal = new RenewalForm();

    /** Renews the agreement and opens the new draft for editing; refused input is shown at its field. */
    public String renew() {
        try {
            long renewed = agreements.renew(agreementId, new se.samspar.agreement.api.RenewalDraft(renewal.title,
                    renewal.validFrom, renewal.validTo));
            return "/agreement-edit?faces-redirect=true&id=" + renewed;
        } catch (InvalidInput e) {
            refuse(e, "renewal");
            return null;
        }
    }

    public RenewalForm getRenewal() {
        return renewal;
    }

    public static class RenewalForm implements Serializable {
        private static final long serialVersionUID = 1L;
        String title;
        LocalDate validFrom;
        LocalDate validTo;

        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public LocalDate getValidFrom() { return validFrom; }
        public void setValidFrom(LocalDate v) { validFrom = v; }
        public LocalDate getValidTo() { return validTo; }
        public void setValidTo(LocalDate v) { validTo = v; }
    }

    private void reload() {
        structure = null;
        organisationList = null;
    }

    /** For the actions that show the activity table again: it shows, and then decodes against, the list as it is now. */
    private void reloadActivities() {
        activityList = null;
    }

    // ---- read models for the page

    public AgreementStructure getStructure() {
        if (structure == null && agreementId != null) {
            structure = agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId));
        }
        return structure;
    }

    public AgreementView getAgreement() {
        return getStructure().agreement();
    }

    public List<ActivityView> getActivities() {
        if (activityList == null) {
            activityList = activities.activitiesOf(agreementId);
        }
        return activityList;
    }

    /** Organisations that are not yet party to the agreement. */
    public List<OrganisationView> getFreeOrganisations() {
        if (organisationList == null) {
            Set<Long> taken = getStructure().parties().stream().map(PartyView::organisationId)
                    .collect(Collectors.toSet());
            organisationList = organisations.all().stream().filter(o -> !taken.contains(o.id())).toList();
        }
        return organisationList;
    }

    /** The only status the agreement may move to next, or null when it is closed. */
    public AgreementStatus getNextStatus() {
        return switch (getAgreement().status()) {
            case DRAFT -> AgreementStatus.ACTIVE;
            case ACTIVE -> AgreementStatus.CLOSED;
            case CLOSED -> null;
        };
    }

    public String partyName(long partyId) {
        return getStructure().party(partyId).map(PartyView::displayName).orElse("");
    }

    public String participantNames(ActivityView a) {
        return a.participatingPartyIds().stream().map(this::partyName).sorted().collect(Collectors.joining(", "));
    }

    public String areaLabel(long areaId) {
        return getStructure().area(areaId).map(a -> a.code()).orElse("");
    }

    public String goalTitle(Long goalId) {
        return goalId == null ? "" : getStructure().goal(goalId).map(GoalView::title).orElse("");
    }

    /** Overall goals of the goal form's area that the edited goal could be placed under. */
    public List<GoalView> getParentGoals() {
        if (goal.areaId == null) {
            return List.of();
        }
        return getStructure().area(goal.areaId).map(PriorityAreaView::goals).orElse(List.of()).stream()
                .filter(g -> goal.goalId == null || g.id() != goal.goalId).toList();
    }

    /** Goals and sub-goals of the activity form's area. */
    public List<GoalView> getActivityGoals() {
        if (activity.areaId == null) {
            return List.of();
        }
        return getStructure().area(activity.areaId).map(PriorityAreaView::goals).orElse(List.of()).stream()
                .flatMap(g -> Stream.concat(Stream.of(g), g.subGoals().stream()))
                .toList();
    }

    public String areaName(Long areaId) {
        return areaId == null ? "" : getStructure().area(areaId).map(a -> a.name() + " (" + a.code() + ")").orElse("");
    }

    public String organisationName(Long partyId) {
        return partyId == null ? "" : getStructure().party(partyId).map(PartyView::organisationName).orElse("");
    }

    // ---- 1. details and status

    private void fillDetails() {
        AgreementView a = getAgreement();
        agreementVersion = a.version();
        details = new DetailsForm();
        details.title = a.title();
        details.validFrom = a.validFrom();
        details.validTo = a.validTo();
        details.diaryNumber = a.diaryNumber();
        details.decidedBy = a.decidedBy();
        details.decidedOn = a.decidedOn();
        details.description = a.description();
        details.updateIntervalDays = a.updateIntervalDays();
        details.partiesReportOwnActivities = a.partiesReportOwnActivities();
    }

    public void saveDetails() {
        try {
            agreements.update(agreementId, agreementVersion, new AgreementDraft(details.title, details.validFrom,
                    details.validTo, details.diaryNumber, details.decidedBy, details.decidedOn, details.description,
                    details.updateIntervalDays == null ? 0 : details.updateIntervalDays,
                    details.partiesReportOwnActivities, getAgreement().renewsAgreementId()));
            reload();
            fillDetails();
            info("details", "edit.saved");
        } catch (StaleEdit e) {
            reload();
            fillDetails();
            stale("details");
        } catch (InvalidInput e) {
            refuse(e, "details");
        }
    }

    public void advanceStatus() {
        AgreementStatus next = getNextStatus();
        if (next == null) {
            return;
        }
        try {
            agreements.changeStatus(agreementId, agreementVersion, next);
            reload();
            // Only the version: what the user has typed in the details form is still theirs to save.
            agreementVersion = getAgreement().version();
            info("status", "edit.statusChanged");
        } catch (StaleEdit e) {
            reload();
            fillDetails();
            stale("status");
            PrimeFaces.current().ajax().update("details");
        } catch (InvalidInput e) {
            refuse(e, "status");
        }
    }

    // ---- 2. parties

    /** The party of the row clicked, by the id the row was shown with (its f:param {@code partyId}). */
    public void editParty() {
        Long partyId = RowParameters.number("partyId");
        reload();
        party = Optional.ofNullable(partyId).flatMap(getStructure()::party).map(PartyForm::of).orElseGet(PartyForm::new);
    }

    public void newParty() {
        party = new PartyForm();
    }

    public void saveParty() {
        PartyDraft draft = new PartyDraft(party.organisationId, party.signatoryName, party.signatoryTitle,
                party.signedOn, party.contactPerson);
        try {
            if (party.partyId == null) {
                agreements.addParty(agreementId, draft);
                info("party", "edit.party.added");
            } else {
                agreements.updateParty(party.partyId, party.version, draft);
                info("party", "edit.saved");
            }
            reload();
            party = new PartyForm();
        } catch (StaleEdit e) {
            reload();
            getStructure().party(party.partyId).ifPresent(p -> party = PartyForm.of(p));
            stale("party");
        } catch (InvalidInput e) {
            refuse(e, "party");
        }
    }

    // ---- 3. priority areas and goals

    /** The area of the row clicked, by the id it was shown with (f:param {@code areaId}). */
    public void editArea() {
        Long areaId = RowParameters.number("areaId");
        reload();
        area = Optional.ofNullable(areaId).flatMap(getStructure()::area).map(AreaForm::of).orElseGet(AreaForm::new);
    }

    public void newArea() {
        area = new AreaForm();
    }

    public void saveArea() {
        PriorityAreaDraft draft = new PriorityAreaDraft(area.code, area.name, area.description);
        try {
            if (area.areaId == null) {
                agreements.addPriorityArea(agreementId, draft);
                info("area", "edit.area.added");
            } else {
                agreements.updatePriorityArea(area.areaId, area.version, draft);
                info("area", "edit.saved");
            }
            reload();
            area = new AreaForm();
        } catch (StaleEdit e) {
            reload();
            getStructure().area(area.areaId).ifPresent(a -> area = AreaForm.of(a));
            stale("area");
        } catch (InvalidInput e) {
            refuse(e, "area");
        }
    }

    /** The goal or sub-goal of the row clicked, by the id it was shown with (f:param {@code goalId}). */
    public void editGoal() {
        Long goalId = RowParameters.number("goalId");
        reload();
        goal = Optional.ofNullable(goalId).flatMap(getStructure()::goal).map(GoalForm::of).orElseGet(GoalForm::new);
    }

    public void newGoal() {
        goal = new GoalForm();
    }

    /** The goal form's area changed: a parent from another area no longer fits. */
    public void goalAreaChanged() {
        goal.parentGoalId = null;
    }

    public void saveGoal() {
        GoalDraft draft = new GoalDraft(goal.parentGoalId, goal.title, goal.description);
        try {
            if (goal.goalId == null) {
                if (goal.areaId == null) {
                    throw InvalidInput.of("areaId", "samspar.required");
                }
                agreements.addGoal(goal.areaId, draft);
                info("goal", "edit.goal.added");
            } else {
                agreements.updateGoal(goal.goalId, goal.version, draft);
                info("goal", "edit.saved");
            }
            reload();
            goal = new GoalForm();
        } catch (StaleEdit e) {
            reload();
            getStructure().goal(goal.goalId).ifPresent(g -> goal = GoalForm.of(g));
            stale("goal");
        } catch (InvalidInput e) {
            refuse(e, "goal");
        }
    }

    // ---- 4. activities

    /** The activity of the row clicked, by the id it was shown with (f:param {@code activityId}). */
    public void editActivity() {
        Long activityId = RowParameters.number("activityId");
        reload();
        activity = Optional.ofNullable(activityId).flatMap(activities::find).filter(a -> a.agreementId() == agreementId)
                .map(ActivityForm::of).orElseGet(ActivityForm::new);
    }

    public void newActivity() {
        activity = new ActivityForm();
    }

    /** The activity form's area changed: a goal of another area no longer fits. */
    public void activityAreaChanged() {
        activity.goalId = null;
    }

    public void saveActivity() {
        ActivityDraft draft = new ActivityDraft(activity.areaId, activity.goalId, activity.reference, activity.title,
                activity.description, activity.leadPartyId,
                activity.participatingPartyIds == null ? Set.of() : new HashSet<>(activity.participatingPartyIds),
                activity.contactPerson, activity.reporterUser, activity.startDate, activity.dueDate,
                activity.weight == null ? 0 : activity.weight);
        try {
            if (activity.activityId == null) {
                activities.create(agreementId, draft);
                info("activity", "edit.activity.added");
            } else {
                activities.update(activity.activityId, activity.version, draft);
                info("activity", "edit.saved");
            }
            reload();
            reloadActivities();
            activity = new ActivityForm();
        } catch (StaleEdit e) {
            reload();
            reloadActivities();
            activities.find(activity.activityId).ifPresent(a -> activity = ActivityForm.of(a));
            stale("activity");
        } catch (InvalidInput e) {
            refuse(e, "activity");
        }
    }

    /*
     * The row buttons of the activity table: each acts on the activity, and the version of it, that its row showed,
     * sent with the click as the f:params activityId and activityVersion. Never the table's row variable: at a postback
     * that is the activity now at the clicked row's index, which another coordinator's change moves. The service refuses
     * an activity changed since it was shown (StaleEdit), and the page says so.
     */

    /**
     * Deletes an activity nobody has reported on; the service refuses one with a history (it is
     * cancelled instead) and a stale version, and the list shows why.
     */
    public void deleteActivity() {
        changeListed((id, version) -> activities.delete(id, version), "edit.activity.deleted");
    }

    /** Cancels an activity with a history: a status update to Cancelled, the history kept. */
    public void cancelActivity() {
        changeListed((id, version) -> activities.cancel(id, version, text("edit.activity.cancelledComment")),
                "edit.activity.cancelled");
    }

    /** One place up (-1) or down (1) in its priority area's action plan. */
    public void moveActivity(int direction) {
        changeListed((id, version) -> activities.move(id, version, direction), null);
    }

    private interface ListedChange {
        void apply(long activityId, long expectedVersion);
    }

    private void changeListed(ListedChange change, String doneKey) {
        Long activityId = RowParameters.number("activityId");
        Long version = RowParameters.number("activityVersion");
        if (activityId == null || version == null) {
            return; // not a request the page sends
        }
        try {
            change.apply(activityId, version);
            if (doneKey != null) {
                info("activityList", doneKey);
            }
        } catch (StaleEdit | NotFound e) {
            // Changed, or deleted, by someone else since the row was shown: the list shows it as it is now.
            stale("activityList");
        } catch (InvalidInput e) {
            refuse(e, "activityList");
        }
        reload();
        reloadActivities();
        if (activity.activityId != null && activity.activityId.longValue() == activityId) {
            activity = activities.find(activityId).map(ActivityForm::of).orElseGet(ActivityForm::new);
        }
    }

    /** Activities in the same area as the one before it in the list: used to offer "move up". */
    public boolean isFirstInArea(int row) {
        List<ActivityView> list = getActivities();
        return row == 0 || list.get(row - 1).areaId() != list.get(row).areaId();
    }

    public boolean isLastInArea(int row) {
        List<ActivityView> list = getActivities();
        return row == list.size() - 1 || list.get(row + 1).areaId() != list.get(row).areaId();
    }

    // ---- messages

    private String text(String key) {
        return new Messages.Lookup(language).text(key);
    }

    private void info(String form, String key) {
        FormMessages.info(form, text(key));
    }

    private void stale(String form) {
        FormMessages.stale(form, text("edit.stale"));
    }

    private void refuse(InvalidInput e, String form) {
        FormMessages.refuse(e, form, language.getLocale());
    }

    // ---- properties

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public DetailsForm getDetails() {
        return details;
    }

    public PartyForm getParty() {
        return party;
    }

    public AreaForm getArea() {
        return area;
    }

    public GoalForm getGoal() {
        return goal;
    }

    public ActivityForm getActivity() {
        return activity;
    }

    // ---- form state (plain, serializable holders for the inputs)

    public static class DetailsForm implements Serializable {
        private static final long serialVersionUID = 1L;
        String title;
        LocalDate validFrom;
        LocalDate validTo;
        String diaryNumber;
        String decidedBy;
        LocalDate decidedOn;
        String description;
        Integer updateIntervalDays;
        boolean partiesReportOwnActivities;

        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public LocalDate getValidFrom() { return validFrom; }
        public void setValidFrom(LocalDate v) { validFrom = v; }
        public LocalDate getValidTo() { return validTo; }
        public void setValidTo(LocalDate v) { validTo = v; }
        public String getDiaryNumber() { return diaryNumber; }
        public void setDiaryNumber(String v) { diaryNumber = v; }
        public String getDecidedBy() { return decidedBy; }
        public void setDecidedBy(String v) { decidedBy = v; }
        public LocalDate getDecidedOn() { return decidedOn; }
        public void setDecidedOn(LocalDate v) { decidedOn = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public Integer getUpdateIntervalDays() { return updateIntervalDays; }
        public void setUpdateIntervalDays(Integer v) { updateIntervalDays = v; }
        public boolean isPartiesReportOwnActivities() { return partiesReportOwnActivities; }
        public void setPartiesReportOwnActivities(boolean v) { partiesReportOwnActivities = v; }
    }

    public static class PartyForm implements Serializable {
        private static final long serialVersionUID = 1L;
        Long partyId;
        long version;
        Long organisationId;
        String signatoryName;
        String signatoryTitle;
        LocalDate signedOn;
        String contactPerson;

        static PartyForm of(PartyView p) {
            PartyForm f = new PartyForm();
            f.partyId = p.id();
            f.version = p.version();
            f.organisationId = p.organisationId();
            f.signatoryName = p.signatoryName();
            f.signatoryTitle = p.signatoryTitle();
            f.signedOn = p.signedOn();
            f.contactPerson = p.contactPerson();
            return f;
        }

        public boolean isEditing() { return partyId != null; }
        public Long getPartyId() { return partyId; }
        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long v) { organisationId = v; }
        public String getSignatoryName() { return signatoryName; }
        public void setSignatoryName(String v) { signatoryName = v; }
        public String getSignatoryTitle() { return signatoryTitle; }
        public void setSignatoryTitle(String v) { signatoryTitle = v; }
        public LocalDate getSignedOn() { return signedOn; }
        public void setSignedOn(LocalDate v) { signedOn = v; }
        public String getContactPerson() { return contactPerson; }
        public void setContactPerson(String v) { contactPerson = v; }
    }

    public static class AreaForm implements Serializable {
        private static final long serialVersionUID = 1L;
        Long areaId;
        long version;
        String code;
        String name;
        String description;

        static AreaForm of(PriorityAreaView a) {
            AreaForm f = new AreaForm();
            f.areaId = a.id();
            f.version = a.version();
            f.code = a.code();
            f.name = a.name();
            f.description = a.description();
            return f;
        }

        public boolean isEditing() { return areaId != null; }
        public Long getAreaId() { return areaId; }
        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
    }

    public static class GoalForm implements Serializable {
        private static final long serialVersionUID = 1L;
        Long goalId;
        long version;
        Long areaId;
        Long parentGoalId;
        String title;
        String description;

        static GoalForm of(GoalView g) {
            GoalForm f = new GoalForm();
            f.goalId = g.id();
            f.version = g.version();
            f.areaId = g.areaId();
            f.parentGoalId = g.parentId();
            f.title = g.title();
            f.description = g.description();
            return f;
        }

        public boolean isEditing() { return goalId != null; }
        public Long getGoalId() { return goalId; }
        public Long getAreaId() { return areaId; }
        public void setAreaId(Long v) { areaId = v; }
        public Long getParentGoalId() { return parentGoalId; }
        public void setParentGoalId(Long v) { parentGoalId = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
    }

    public static class ActivityForm implements Serializable {
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
}
