package se.samspar.web.agreement.edit;

import se.samspar.actionplan.api.ActivityEditing;
import se.samspar.actionplan.api.ActivityFilter;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivitySort;
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.web.table.ActivityRows;
import se.samspar.web.table.RowsById;
import se.samspar.web.faces.RowParameters;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.agreement.api.AgreementPeriod;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.StaleEdit;

/**
 * Section 4 of agreement editing: the action plan (table {@code activityList}, form {@code activity}). Activities are
 * moved within their area, deleted while nobody has reported on them and cancelled otherwise.
 */
@Named("agreementActionPlan")
@ViewScoped
public class ActionPlanSection implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The action plan table's client id. */
    private static final String TABLE = "activityList:table";

    @Inject
    ActivityQueries activities;
    @Inject
    ActivityTable table;
    @Inject
    ActivityEditing activityEditing;
    @Inject
    AgreementEditPage page;

    /*
     * The table's rows, a page at a time from the database in the action plan's order. The model keeps the page it
     * last loaded, and a postback decodes the row buttons against it (row by row, by index): it is loaded again only
     * when the table is shown again, never when the page re-reads the agreement, so the clicked button is found in
     * the row, and offered under the conditions, it was shown with. Which activity it acts on, and in which version,
     * comes with the request (its f:params), never from the row.
     */
    private final ActivityRows rows = new ActivityRows(new PlanPages(), ActivitySort.PLAN);
    /** Each area's first and last place in the plan, read with the page shown: "up" and "down" as it offered them. */
    private Map<Long, ActivityTable.AreaPlaces> places = Map.of();
    private ActivityForm activity = new ActivityForm();

    /** The priority area whose activities the table shows; null: all, a page of 25 (or 50, 100) at a time. */
    private Long shownArea;

    /** The plan's activities under the area chosen, with the areas' places read in the same breath as the page. */
    private final class PlanPages implements ActivityRows.Source {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return table.count(filter());
        }

        @Override
        public List<ActivityView> page(int first, int pageSize, ActivitySort sort, boolean ascending) {
            places = table.placesByArea(page.getAgreementId());
            return table.page(filter(), first, pageSize, ActivitySort.PLAN, true);
        }
    }

    private ActivityFilter filter() {
        return new ActivityFilter(page.getAgreementId(), shownArea, null, null, null, null, null, false, false, null);
    }

    public ActivityRows getActivities() {
        return rows;
    }

    /** Another area chosen: its activities from their first page (issue 12: 300 activities are not one list). */
    public void showArea() {
        RowsById.showFirstPage(TABLE);
    }

    /** The table turned to the page that holds the activity, so the one just added is seen at once. */
    private void showPageOf(ActivityView saved) {
        if (shownArea == null || shownArea == saved.areaId()) { // else not among the rows shown
            RowsById.showPageHolding(TABLE, table.placeInPlan(filter(), saved.id()));
        }
    }

    public Long getShownArea() {
        return shownArea;
    }

    public void setShownArea(Long shownArea) {
        this.shownArea = shownArea;
    }

    /** Goals and sub-goals of the activity form's area. */
    public List<GoalView> getActivityGoals() {
        if (activity.areaId == null) {
            return List.of();
        }
        return page.getStructure().area(activity.areaId).map(PriorityAreaView::goals).orElse(List.of()).stream()
                .flatMap(g -> Stream.concat(Stream.of(g), g.subGoals().stream()))
                .toList();
    }

    /** The activity of the row clicked, by the id it was shown with (f:param {@code activityId}). */
    public void editActivity() {
        Long activityId = RowParameters.number("activityId");
        page.reload();
        activity = Optional.ofNullable(activityId).flatMap(activities::find)
                .filter(a -> a.agreementId() == page.getAgreementId()).map(ActivityForm::of).orElseGet(ActivityForm::new);
    }

    public void newActivity() {
        activity = new ActivityForm();
    }

    /** The activity form's area changed: a goal of another area no longer fits. */
    public void activityAreaChanged() {
        activity.goalId = null;
    }

    public void saveActivity() {
        ActivityDraft draft = activity.draft();
        try {
            long saved;
            if (activity.activityId == null) {
                saved = activityEditing.create(page.getAgreementId(), draft);
                page.info("activity", "edit.activity.added");
            } else {
                activityEditing.update(activity.activityId, activity.version, draft);
                saved = activity.activityId;
                page.info("activity", "edit.saved");
            }
            warnOutsidePeriod(draft);
            page.reload();
            activities.find(saved).ifPresent(this::showPageOf);
            activity = new ActivityForm();
        } catch (StaleEdit e) {
            page.reload();
            activities.find(activity.activityId).ifPresent(a -> activity = ActivityForm.of(a));
            page.stale("activity");
        } catch (InvalidInput e) {
            page.refuse(e, "activity");
        }
    }

    /** Saved, yet said at the field: a date outside the agreement's period is allowed but rarely meant. */
    private void warnOutsidePeriod(ActivityDraft draft) {
        AgreementPeriod period = AgreementPeriod.of(page.getAgreement());
        String text = java.text.MessageFormat.format(page.text("activity.outsidePeriod"),
                page.date(period.from()), page.date(period.to()));
        for (String field : ActivityForm.outsidePeriod(draft, period)) {
            FacesContext.getCurrentInstance().addMessage("activity:" + field,
                    new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_WARN,
                            text, null));
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
        changeListed((id, version) -> activityEditing.delete(id, version), "edit.activity.deleted");
    }

    /** Cancels an activity with a history: a status update to Cancelled, the history kept. */
    public void cancelActivity() {
        changeListed((id, version) -> activityEditing.cancel(id, version, page.text("edit.activity.cancelledComment")),
                "edit.activity.cancelled");
    }

    /** One place up (-1) or down (1) in its priority area's action plan. */
    public void moveActivity(int direction) {
        changeListed((id, version) -> activityEditing.move(id, version, direction), null);
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
                page.info("activityList", doneKey);
            }
        } catch (StaleEdit | NotFound e) {
            // Changed, or deleted, by someone else since the row was shown: the list shows it as it is now.
            page.stale("activityList");
        } catch (InvalidInput e) {
            page.refuse(e, "activityList");
        }
        page.reload();
        if (activity.activityId != null && activity.activityId.longValue() == activityId) {
            activity = activities.find(activityId).map(ActivityForm::of).orElseGet(ActivityForm::new);
        }
    }

    /** First in its area's plan, as the page shown read it: "move up" is not offered. */
    public boolean isFirstInArea(ActivityView row) {
        ActivityTable.AreaPlaces area = places.get(row.areaId());
        return area == null || row.order() <= area.first();
    }

    public boolean isLastInArea(ActivityView row) {
        ActivityTable.AreaPlaces area = places.get(row.areaId());
        return area == null || row.order() >= area.last();
    }

    public ActivityForm getActivity() {
        return activity;
    }
}
