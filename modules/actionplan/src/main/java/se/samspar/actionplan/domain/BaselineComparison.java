package se.samspar.actionplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.Plan;
import se.samspar.actionplan.api.Plan.PlannedActivity;
import se.samspar.actionplan.api.PlanChange;
import se.samspar.actionplan.api.PlanChange.Kind;
import se.samspar.actionplan.api.PlanComparison;

/**
 * Rule 13: what differs between the plan as signed and today's. Areas and goals added or removed first, then
 * each activity of the baseline in its order (removed, cancelled, moved in time, given another lead party,
 * area, goal or weight), then the activities added since. Things are matched by id, so a renamed activity is
 * the same activity.
 */
public final class BaselineComparison {
    private BaselineComparison() {
    }

    public static PlanComparison compare(Plan baseline, Plan today) {
        List<PlanChange> changes = new ArrayList<>();
        Map<Long, Plan.Area> areasThen = byId(baseline.areas(), Plan.Area::areaId);
        Map<Long, Plan.Area> areasNow = byId(today.areas(), Plan.Area::areaId);
        Map<Long, Plan.Goal> goalsThen = byId(baseline.goals(), Plan.Goal::goalId);
        Map<Long, Plan.Goal> goalsNow = byId(today.goals(), Plan.Goal::goalId);
        baseline.areas().stream().filter(a -> !areasNow.containsKey(a.areaId()))
                .forEach(a -> changes.add(named(Kind.AREA_REMOVED, a.code(), a.name())));
        today.areas().stream().filter(a -> !areasThen.containsKey(a.areaId()))
                .forEach(a -> changes.add(named(Kind.AREA_ADDED, a.code(), a.name())));
        baseline.goals().stream().filter(g -> !goalsNow.containsKey(g.goalId()))
                .forEach(g -> changes.add(named(Kind.GOAL_REMOVED, null, g.title())));
        today.goals().stream().filter(g -> !goalsThen.containsKey(g.goalId()))
                .forEach(g -> changes.add(named(Kind.GOAL_ADDED, null, g.title())));

        Map<Long, PlannedActivity> now = byId(today.activities(), PlannedActivity::activityId);
        for (PlannedActivity then : baseline.activities()) {
            PlannedActivity a = now.get(then.activityId());
            if (a == null) {
                changes.add(named(Kind.REMOVED, then.reference(), then.title()));
                continue;
            }
            if (a.status() == ActivityStatus.CANCELLED && then.status() != ActivityStatus.CANCELLED) {
                changes.add(named(Kind.CANCELLED, a.reference(), a.title()));
            }
            dates(changes, Kind.START_DATE_MOVED, a, then.startDate(), a.startDate());
            dates(changes, Kind.DUE_DATE_MOVED, a, then.dueDate(), a.dueDate());
            if (then.leadPartyId() != a.leadPartyId()) {
                changes.add(fromTo(Kind.LEAD_PARTY_CHANGED, a, then.leadParty(), a.leadParty()));
            }
            if (then.areaId() != a.areaId()) {
                changes.add(fromTo(Kind.AREA_CHANGED, a, areaName(areasThen.get(then.areaId())),
                        areaName(areasNow.get(a.areaId()))));
            }
            if (!Objects.equals(then.goalId(), a.goalId())) {
                changes.add(fromTo(Kind.GOAL_CHANGED, a, goalTitle(goalsThen, then.goalId()),
                        goalTitle(goalsNow, a.goalId())));
            }
            if (then.weight() != a.weight()) {
                changes.add(fromTo(Kind.WEIGHT_CHANGED, a, Integer.toString(then.weight()),
                        Integer.toString(a.weight())));
            }
        }
        Map<Long, PlannedActivity> thenById = byId(baseline.activities(), PlannedActivity::activityId);
        today.activities().stream().filter(a -> !thenById.containsKey(a.activityId()))
                .forEach(a -> changes.add(named(Kind.ADDED, a.reference(), a.title())));
        return new PlanComparison(baseline.agreementId(), baseline.takenAt(), today.takenAt(),
                baseline.activities().size(), today.activities().size(), changes);
    }

    private static void dates(List<PlanChange> changes, Kind kind, PlannedActivity a, LocalDate then, LocalDate now) {
        if (!Objects.equals(then, now)) {
            changes.add(new PlanChange(kind, a.reference(), a.title(), null, null, then, now));
        }
    }

    private static PlanChange named(Kind kind, String reference, String title) {
        return new PlanChange(kind, reference, title, null, null, null, null);
    }

    private static PlanChange fromTo(Kind kind, PlannedActivity a, String from, String to) {
        return new PlanChange(kind, a.reference(), a.title(), from, to, null, null);
    }

    private static String areaName(Plan.Area area) {
        return area == null ? null : area.code() + " " + area.name();
    }

    private static String goalTitle(Map<Long, Plan.Goal> goals, Long goalId) {
        Plan.Goal g = goalId == null ? null : goals.get(goalId);
        return g == null ? null : g.title();
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (x, y) -> x));
    }
}
