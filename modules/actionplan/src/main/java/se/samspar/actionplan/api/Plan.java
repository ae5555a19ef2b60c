package se.samspar.actionplan.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An agreement's plan at one moment: its priority areas, goals and activities with their dates, lead party and
 * weight. Frozen when the agreement becomes ACTIVE (the baseline, rule 13); names are kept as they were, so a
 * baseline still reads right after an area, goal or party is renamed or removed.
 */
public record Plan(long agreementId, LocalDateTime takenAt, List<Area> areas, List<Goal> goals,
                   List<PlannedActivity> activities) {
    public Plan {
        areas = List.copyOf(areas);
        goals = List.copyOf(goals);
        activities = List.copyOf(activities);
    }

    public record Area(long areaId, String code, String name) {
    }

    public record Goal(long goalId, long areaId, String title) {
    }

    public record PlannedActivity(long activityId, String reference, String title, long areaId, Long goalId,
                                  long leadPartyId, String leadParty, LocalDate startDate, LocalDate dueDate,
                                  int weight, ActivityStatus status) {
    }
}
