package se.samspar.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.Plan;
import se.samspar.actionplan.api.Plan.PlannedActivity;
import se.samspar.actionplan.api.PlanChange;
import se.samspar.actionplan.api.PlanChange.Kind;
import se.samspar.actionplan.api.PlanComparison;

/** Rule 13: today's plan against the plan as signed. */
class BaselineComparisonTest {
    private static final LocalDateTime SIGNED = LocalDateTime.of(2023, 1, 10, 9, 0);
    private static final LocalDateTime TODAY = LocalDateTime.of(2023, 6, 1, 12, 0);
    private static final List<Plan.Area> AREAS = List.of(new Plan.Area(1, "1", "Trygghet"),
            new Plan.Area(2, "2", "Skola"));
    private static final List<Plan.Goal> GOALS = List.of(new Plan.Goal(10, 1, "Färre brott"),
            new Plan.Goal(20, 2, "Fler behöriga"));

    private static PlannedActivity activity(long id, String ref, long area, Long goal, long lead, String leadName,
                                            LocalDate start, LocalDate due, int weight, ActivityStatus status) {
        return new PlannedActivity(id, ref, "Aktivitet " + ref, area, goal, lead, leadName, start, due, weight, status);
    }

    private static PlannedActivity a1() {
        return activity(100, "1.1", 1, 10L, 5, "Kommunen", LocalDate.of(2023, 2, 1), LocalDate.of(2023, 12, 31), 1,
                ActivityStatus.PLANNED);
    }

    private static PlannedActivity a2() {
        return activity(200, "2.1", 2, 20L, 6, "Polisen", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 9, 30), 2,
                ActivityStatus.IN_PROGRESS);
    }

    private static Plan plan(LocalDateTime at, List<Plan.Area> areas, List<Plan.Goal> goals,
                             PlannedActivity... activities) {
        return new Plan(7, at, areas, goals, List.of(activities));
    }

    @Test
    void theSamePlanHasNoChanges() {
        PlanComparison c = BaselineComparison.compare(plan(SIGNED, AREAS, GOALS, a1(), a2()),
                plan(TODAY, AREAS, GOALS, a1(), a2()));
        assertTrue(c.unchanged());
        assertEquals(SIGNED, c.baselineTakenAt());
        assertEquals(TODAY, c.comparedAt());
        assertEquals(2, c.baselineActivities());
        assertEquals(2, c.currentActivities());
    }

    @Test
    void anActivityAddedAndOneRemovedAreNamed() {
        PlannedActivity added = activity(300, "1.2", 1, null, 5, "Kommunen", null, LocalDate.of(2024, 1, 1), 1,
                ActivityStatus.PLANNED);
        PlanComparison c = BaselineComparison.compare(plan(SIGNED, AREAS, GOALS, a1(), a2()),
                plan(TODAY, AREAS, GOALS, a1(), added));
        assertEquals(List.of(new PlanChange(Kind.REMOVED, "2.1", "Aktivitet 2.1", null, null, null, null),
                new PlanChange(Kind.ADDED, "1.2", "Aktivitet 1.2", null, null, null, null)), c.changes());
        assertEquals(2, c.currentActivities());
    }

    @Test
    void aCancellationIsAChangeButOtherStatusChangesAreNot() {
        PlannedActivity cancelled = activity(100, "1.1", 1, 10L, 5, "Kommunen", LocalDate.of(2023, 2, 1),
                LocalDate.of(2023, 12, 31), 1, ActivityStatus.CANCELLED);
        PlannedActivity completed = activity(200, "2.1", 2, 20L, 6, "Polisen", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 9, 30), 2, ActivityStatus.COMPLETED);
        PlanComparison c = BaselineComparison.compare(plan(SIGNED, AREAS, GOALS, a1(), a2()),
                plan(TODAY, AREAS, GOALS, cancelled, completed));
        assertEquals(List.of(new PlanChange(Kind.CANCELLED, "1.1", "Aktivitet 1.1", null, null, null, null)),
                c.changes());
    }

    @Test
    void alreadyCancelledWhenSignedIsNoNewCancellation() {
        PlannedActivity cancelled = activity(100, "1.1", 1, 10L, 5, "Kommunen", LocalDate.of(2023, 2, 1),
                LocalDate.of(2023, 12, 31), 1, ActivityStatus.CANCELLED);
        assertTrue(BaselineComparison.compare(plan(SIGNED, AREAS, GOALS, cancelled),
                plan(TODAY, AREAS, GOALS, cancelled)).unchanged());
    }

    @Test
    void movedDatesGoFromThenToNow() {
        PlannedActivity moved = activity(100, "1.1", 1, 10L, 5, "Kommunen", LocalDate.of(2023, 4, 1),
                LocalDate.of(2024, 3, 31), 1, ActivityStatus.PLANNED);
        PlanComparison c = BaselineComparison.compare(plan(SIGNED, AREAS, GOALS, a1()),
                plan(TODAY, AREAS, GOALS, moved));
        assertEquals(List.of(
                new PlanChange(Kind.START_DATE_MOVED, "1.1", "Aktivitet 1.1", null, null, LocalDate.of(2023, 2, 1),
                        LocalDate.of(2023, 4, 1)),
                new PlanChange(Kind.DUE_DATE_MOVED, "1.1", "Aktivitet 1.1", null, null, LocalDate.of(2023, 12, 31),
                        LocalDate.of(2024, 3, 31))), c.changes());
    }

    @Test
    void aDueDateSetOrClearedIsAMoveToo() {
        PlannedActivity noDue = activity(100, "1.1", 1, 10L, 5, "Kommunen", LocalDate.of(2023, 2, 1), null, 1,
                ActivityStatus.PLANNED);
        PlanComparison c = BaselineComparison.compare(plan(SIGNED, AREAS, GOALS, a1()),
                plan(TODAY, AREAS, GOALS, noDue));
        assertEquals(List.of(new PlanChange(Kind.DUE_DATE_MOVED, "1.1", "Aktivitet 1.1", null, null,
                LocalDate.of(2023, 12, 31), null)), c.changes());
    }

    @Test
    void leadPartyAreaGoalAndWeightChangesNameBothSides() {
        PlannedActivity changed = activity(100, "1.1", 2, 20L, 6, "Polisen", LocalDate.of(2023, 2, 1),
                LocalDate.of(2023, 12, 31), 3, ActivityStatus.PLANNED);
        PlanComparison c = BaselineComparison.compare(plan(SIGNED, AREAS, GOALS, a1()),
                plan(TODAY, AREAS, GOALS, changed));
        assertEquals(List.of(
                new PlanChange(Kind.LEAD_PARTY_CHANGED, "1.1", "Aktivitet 1.1", "Kommunen", "Polisen", null, null),
                new PlanChange(Kind.AREA_CHANGED, "1.1", "Aktivitet 1.1", "1 Trygghet", "2 Skola", null, null),
                new PlanChange(Kind.GOAL_CHANGED, "1.1", "Aktivitet 1.1", "Färre brott", "Fler behöriga", null, null),
                new PlanChange(Kind.WEIGHT_CHANGED, "1.1", "Aktivitet 1.1", "1", "3", null, null)), c.changes());
    }

    @Test
    void aRenamedActivityIsTheSameActivity() {
        PlannedActivity renamed = new PlannedActivity(100, "1.1b", "Nytt namn", 1, 10L, 5, "Kommunen",
                LocalDate.of(2023, 2, 1), LocalDate.of(2023, 12, 31), 1, ActivityStatus.PLANNED);
        assertTrue(BaselineComparison.compare(plan(SIGNED, AREAS, GOALS, a1()),
                plan(TODAY, AREAS, GOALS, renamed)).unchanged());
    }

    @Test
    void areasAndGoalsAddedOrRemovedComeFirst() {
        List<Plan.Area> areasNow = List.of(AREAS.get(0), new Plan.Area(3, "3", "Hälsa"));
        List<Plan.Goal> goalsNow = List.of(GOALS.get(0), new Plan.Goal(30, 3, "Bättre hälsa"));
        PlanComparison c = BaselineComparison.compare(plan(SIGNED, AREAS, GOALS, a1()),
                plan(TODAY, areasNow, goalsNow, a1()));
        assertEquals(List.of(
                new PlanChange(Kind.AREA_REMOVED, "2", "Skola", null, null, null, null),
                new PlanChange(Kind.AREA_ADDED, "3", "Hälsa", null, null, null, null),
                new PlanChange(Kind.GOAL_REMOVED, null, "Fler behöriga", null, null, null, null),
                new PlanChange(Kind.GOAL_ADDED, null, "Bättre hälsa", null, null, null, null)), c.changes());
    }
}
