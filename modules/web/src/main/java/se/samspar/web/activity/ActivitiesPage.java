package se.samspar.web.activity;

import se.samspar.agreement.api.AgreementQueries;
import se.samspar.web.faces.ViewParameters;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityFilter;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.web.table.ActivityRows;
import se.samspar.web.table.RowsById;

/**
 * The activities of one agreement ({@code /activities?agreement=1}): the filters the user has
 * applied, the choices for them, and the rows, which {@link ActivityRows} pages in the database.
 * The agreement's structure is read once per view, for the heading, the choices and the names.
 */
@Named
@ViewScoped
public class ActivitiesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String TABLE = "rows:activities";

    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityTable table;

    private String agreement;
    private long agreementId;
    private String title;
    private boolean closed;
    private final Map<Long, String> areaNames = new HashMap<>();
    private final Map<Long, String> partyNames = new HashMap<>();
    private final List<SelectItem> areaChoices = new ArrayList<>();
    private final List<SelectItem> goalChoices = new ArrayList<>();
    private final List<SelectItem> partyChoices = new ArrayList<>();
    private ActivityRows rows;

    private Long areaId;
    private Long goalId;
    private Long leadPartyId;
    private Long participatingPartyId;
    private ActivityStatus status;
    private TrafficLight light;
    private boolean overdueOnly;
    private boolean needsUpdateOnly;
    private String text;
    private LinkedFilter linked = new LinkedFilter();

    /**
     * Called by f:viewAction on the first request; an unknown or malformed id is a 404, an
     * agreement the user may not see a 403.
     */
    public void load() {
        AgreementStructure structure = ViewParameters.agreement(agreements, agreement);
        if (structure == null) {
            return;
        }
        agreementId = structure.agreement().id();
        title = structure.agreement().title();
        closed = structure.agreement().closed();
        for (PriorityAreaView area : structure.areas()) {
            areaNames.put(area.id(), area.name());
            areaChoices.add(new SelectItem(area.id(), area.name() + " (" + area.code() + ")"));
            List<SelectItem> goals = new ArrayList<>();
            for (GoalView goal : area.goals()) {
                goals.add(new SelectItem(goal.id(), goal.title()));
                goal.subGoals().forEach(sub -> goals.add(new SelectItem(sub.id(), "– " + sub.title())));
            }
            if (!goals.isEmpty()) {
                goalChoices.add(new SelectItemGroup(area.name(), null, false, goals.toArray(SelectItem[]::new)));
            }
        }
        for (PartyView party : structure.parties()) {
            partyNames.put(party.id(), party.displayName());
            partyChoices.add(new SelectItem(party.id(), party.organisationName()));
        }
        fromAddress(LinkedFilter.address());
        rows = ActivityRows.of(table, this::filter);
    }

    /** The filters a link gives in the address (the start page's and the dashboard's), ids of this agreement only. */
    private void fromAddress(Map<String, String> p) {
        areaId = known(ViewParameters.id(p.get("area")), areaNames);
        goalId = ViewParameters.id(p.get("goal"));
        leadPartyId = known(ViewParameters.id(p.get("lead")), partyNames);
        participatingPartyId = known(ViewParameters.id(p.get("participant")), partyNames);
        status = LinkedFilter.choice(ActivityStatus.class, p.get("status"));
        light = LinkedFilter.choice(TrafficLight.class, p.get("light"));
        overdueOnly = "true".equals(p.get("overdue"));
        needsUpdateOnly = "true".equals(p.get("needsUpdate"));
        linked = LinkedFilter.of(p);
        linked.partyId = known(linked.partyId, partyNames);
    }

    private static Long known(Long id, Map<Long, String> names) {
        return id != null && names.containsKey(id) ? id : null;
    }

    /** The filters from the link that the form does not show; empty after "Återställ". */
    public LinkedFilter getLinked() {
        return linked.isEmpty() ? null : linked;
    }

    /** The filter as the user last applied it. */
    ActivityFilter filter() {
        return new ActivityFilter(agreementId, areaId, goalId, leadPartyId, participatingPartyId, status, light,
                overdueOnly, needsUpdateOnly, text, linked.atRiskOnly, linked.dueWithinDays, linked.partyId,
                linked.from, linked.to);
    }

    /** "Filtrera": the submitted filters apply from the first page. */
    public void apply() {
        RowsById.showFirstPage(TABLE);
    }

    /** "Återställ": every filter off, first page. */
    public void reset() {
        areaId = null;
        goalId = null;
        leadPartyId = null;
        participatingPartyId = null;
        status = null;
        light = null;
        overdueOnly = false;
        needsUpdateOnly = false;
        text = null;
        linked = new LinkedFilter();
        RowsById.showFirstPage(TABLE);
    }

    public String areaName(long id) {
        return areaNames.getOrDefault(id, "");
    }

    public String partyName(long id) {
        return partyNames.getOrDefault(id, "");
    }

    public String participantNames(ActivityView activity) {
        return activity.participatingPartyIds().stream().map(this::partyName).sorted()
                .collect(Collectors.joining(", "));
    }

    public ActivityStatus[] getStatuses() {
        return ActivityStatus.values();
    }

    public TrafficLight[] getLights() {
        return TrafficLight.values();
    }

    public ActivityRows getRows() {
        return rows;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public boolean isClosed() {
        return closed;
    }

    public String getTitle() {
        return title;
    }

    public List<SelectItem> getAreaChoices() {
        return areaChoices;
    }

    public List<SelectItem> getGoalChoices() {
        return goalChoices;
    }

    public List<SelectItem> getPartyChoices() {
        return partyChoices;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Long getGoalId() {
        return goalId;
    }

    public void setGoalId(Long goalId) {
        this.goalId = goalId;
    }

    public Long getLeadPartyId() {
        return leadPartyId;
    }

    public void setLeadPartyId(Long leadPartyId) {
        this.leadPartyId = leadPartyId;
    }

    public Long getParticipatingPartyId() {
        return participatingPartyId;
    }

    public void setParticipatingPartyId(Long participatingPartyId) {
        this.participatingPartyId = participatingPartyId;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public void setStatus(ActivityStatus status) {
        this.status = status;
    }

    public TrafficLight getLight() {
        return light;
    }

    public void setLight(TrafficLight light) {
        this.light = light;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isNeedsUpdateOnly() {
        return needsUpdateOnly;
    }

    public void setNeedsUpdateOnly(boolean needsUpdateOnly) {
        this.needsUpdateOnly = needsUpdateOnly;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
