package se.samspar.web.activity;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.actionplan.api.StatusUpdates;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.NotFound;
import se.samspar.web.faces.ViewParameters;

/**
 * One activity: its id in the address, whether the user may report on it, its details and its status
 * history. Thin: it asks the action plan and agreement modules. The "report status" dialog is
 * {@link StatusReportDialog}'s.
 */
@Named
@ViewScoped
public class ActivityPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ActivityQueries activities;
    @Inject
    StatusUpdates statusUpdates;
    @Inject
    AgreementQueries agreements;

    private String id;
    private long activityId;
    private boolean mayReport;

    // Read models: records, so not serializable; reloaded when missing.
    private transient ActivityView activity;
    private transient AgreementStructure structure;
    private transient List<StatusUpdateView> history;
    private transient ActivityView carriedOverFrom;

    /** Called by f:viewAction; an unknown or malformed id is a 404, not an error. */
    public void load() {
        Long parsed = ViewParameters.id(id);
        ActivityView found = ViewParameters.found(parsed, activities::find);
        if (found == null) {
            return;
        }
        activityId = parsed;
        show(found);
        mayReport = statusUpdates.mayReport(activityId);
    }

    /** Reads the activity, its agreement and its history again, e.g. after a status report. */
    void refresh() {
        show(activities.find(activityId).orElseThrow(() -> new NotFound("Activity", activityId)));
    }

    private void show(ActivityView found) {
        activity = found;
        structure = agreements.structure(activity.agreementId())
                .orElseThrow(() -> new NotFound("Agreement", activity.agreementId()));
        history = activities.history(activityId);
        carriedOverFrom = activity.carriedOverFromId() == null ? null
                : activities.find(activity.carriedOverFromId()).orElse(null);
    }

    /**
     * A bean whose view-action never ran (Faces made it anew after dropping the view's own, e.g. when one session renders
     * more views at once than it keeps) takes the activity from the address, with the same checks as {@link #load}:
     * never "activity 0".
     */
    private void ensureLoaded() {
        if (activityId == 0) {
            if (id == null) {
                id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            }
            load();
        } else if (activity == null) {
            refresh();
        }
    }

    // View state for the page.

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ActivityView getActivity() {
        ensureLoaded();
        return activity;
    }

    public List<StatusUpdateView> getHistory() {
        ensureLoaded();
        return history;
    }

    /** The activity the address names, once loaded. */
    long activityId() {
        ensureLoaded();
        return activityId;
    }

    public boolean isMayReport() {
        return mayReport;
    }

    public ActivityView getCarriedOverFrom() {
        ensureLoaded();
        return carriedOverFrom;
    }

    /** Rule 11: the activity of a closed agreement takes no report, and its page says why. */
    public boolean isAgreementClosed() {
        ensureLoaded();
        return structure.agreement().closed();
    }

    public String getAgreementTitle() {
        ensureLoaded();
        return structure.agreement().title();
    }

    public PriorityAreaView getArea() {
        ensureLoaded();
        return structure.area(activity.areaId()).orElse(null);
    }

    public GoalView getGoal() {
        ensureLoaded();
        return activity.goalId() == null ? null : structure.goal(activity.goalId()).orElse(null);
    }

    /** The overall goal a sub-goal belongs to; null for an overall goal or none. */
    public GoalView getParentGoal() {
        GoalView goal = getGoal();
        return goal == null || goal.parentId() == null ? null : structure.goal(goal.parentId()).orElse(null);
    }

    public String getLeadPartyName() {
        ensureLoaded();
        return partyName(activity.leadPartyId());
    }

    public String getParticipantNames() {
        ensureLoaded();
        return activity.participatingPartyIds().stream().map(this::partyName).sorted()
                .collect(Collectors.joining(", "));
    }

    private String partyName(long partyId) {
        return structure.party(partyId).map(PartyView::organisationName).orElse("");
    }

    /** Who reported, with the organisation they reported for when the name does not already say it. */
    /**
     * The hours reported on the activity, per party that reported them (in the agreement's order) and, last, in total
     * (labelled null); from the history already read, so no query of its own.
     */
    public List<java.util.Map.Entry<String, java.math.BigDecimal>> getHoursPerParty() {
        ensureLoaded();
        java.util.Map<String, java.math.BigDecimal> sums = new java.util.LinkedHashMap<>();
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (PartyView p : structure.parties()) {
            sums.put(p.organisationName(), java.math.BigDecimal.ZERO);
        }
        for (StatusUpdateView u : history) {
            if (u.hoursSpent() != null) {
                total = total.add(u.hoursSpent());
                String party = u.reporterOrganisationId() == null ? null : structure.partyOf(u.reporterOrganisationId())
                        .map(PartyView::organisationName).orElse(null);
                sums.merge(party == null ? u.reportedBy() : party, u.hoursSpent(), java.math.BigDecimal::add);
            }
        }
        List<java.util.Map.Entry<String, java.math.BigDecimal>> out = new java.util.ArrayList<>(sums.entrySet());
        out.add(new java.util.AbstractMap.SimpleEntry<>(null, total));
        return out;
    }

    public String reporter(StatusUpdateView update) {
        ensureLoaded();
        PartyView party = update.reporterOrganisationId() == null ? null
                : structure.partyOf(update.reporterOrganisationId()).orElse(null);
        if (party == null || mentions(update.reportedBy(), party.organisationName())
                || mentions(update.reportedBy(), party.organisationShortName())) {
            return update.reportedBy();
        }
        return update.reportedBy() + ", " + party.organisationName();
    }

    private static boolean mentions(String text, String name) {
        return name != null && !name.isBlank() && text.contains(name);
    }
}
