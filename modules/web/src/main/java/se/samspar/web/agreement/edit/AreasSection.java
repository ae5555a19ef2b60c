package se.samspar.web.agreement.edit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.agreement.api.PriorityAreaEditing;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.StaleEdit;
import se.samspar.web.faces.RowParameters;

/** Section 3 of agreement editing: priority areas and goals (list {@code structure}, forms {@code area} and {@code goal}). */
@Named("agreementAreas")
@ViewScoped
public class AreasSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PriorityAreaEditing areas;
    @Inject
    AgreementEditPage page;

    private AreaForm area = new AreaForm();
    private GoalForm goal = new GoalForm();

    // ---- priority areas

    /** The area of the row clicked, by the id it was shown with (f:param {@code areaId}). */
    public void editArea() {
        Long areaId = RowParameters.number("areaId");
        page.reload();
        area = Optional.ofNullable(areaId).flatMap(page.getStructure()::area).map(AreaForm::of).orElseGet(AreaForm::new);
    }

    /** Removes the area of the row clicked (f:params {@code areaId}, {@code areaVersion}) while it holds nothing. */
    public void removeArea() {
        page.remove("area", "structure", areas::removePriorityArea, "edit.area.removed");
        area = new AreaForm();
    }

    public void newArea() {
        area = new AreaForm();
    }

    public void saveArea() {
        PriorityAreaDraft draft = new PriorityAreaDraft(area.code, area.name, area.description);
        try {
            if (area.areaId == null) {
                areas.addPriorityArea(page.getAgreementId(), draft);
                page.info("area", "edit.area.added");
            } else {
                areas.updatePriorityArea(area.areaId, area.version, draft);
                page.info("area", "edit.saved");
            }
            page.reload();
            area = new AreaForm();
        } catch (StaleEdit e) {
            page.reload();
            page.getStructure().area(area.areaId).ifPresent(a -> area = AreaForm.of(a));
            page.stale("area");
        } catch (InvalidInput e) {
            page.refuse(e, "area");
        }
    }

    // ---- goals and sub-goals

    /** Overall goals of the goal form's area that the edited goal could be placed under. */
    public List<GoalView> getParentGoals() {
        if (goal.areaId == null) {
            return List.of();
        }
        return page.getStructure().area(goal.areaId).map(PriorityAreaView::goals).orElse(List.of()).stream()
                .filter(g -> goal.goalId == null || g.id() != goal.goalId).toList();
    }

    /** The goal or sub-goal of the row clicked, by the id it was shown with (f:param {@code goalId}). */
    public void editGoal() {
        Long goalId = RowParameters.number("goalId");
        page.reload();
        goal = Optional.ofNullable(goalId).flatMap(page.getStructure()::goal).map(GoalForm::of).orElseGet(GoalForm::new);
    }

    /** Removes the goal of the row clicked (f:params {@code goalId}, {@code goalVersion}) while nothing refers to it. */
    public void removeGoal() {
        page.remove("goal", "structure", areas::removeGoal, "edit.goal.removed");
        goal = new GoalForm();
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
                areas.addGoal(goal.areaId, draft);
                page.info("goal", "edit.goal.added");
            } else {
                areas.updateGoal(goal.goalId, goal.version, draft);
                page.info("goal", "edit.saved");
            }
            page.reload();
            goal = new GoalForm();
        } catch (StaleEdit e) {
            page.reload();
            page.getStructure().goal(goal.goalId).ifPresent(g -> goal = GoalForm.of(g));
            page.stale("goal");
        } catch (InvalidInput e) {
            page.refuse(e, "goal");
        }
    }

    public AreaForm getArea() {
        return area;
    }

    public GoalForm getGoal() {
        return goal;
    }

    /** The inputs of the area form: a plain, serializable holder; an area id when it edits one. */
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

    /** The inputs of the goal form: a plain, serializable holder; a goal id when it edits one. */
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
}
