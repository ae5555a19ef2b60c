package se.samspar.actionplan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An agreement's dashboard, every figure aggregated in the database. Lists are bounded: the
 * timeline holds at most {@link #TIMELINE_MAX} activities (of {@code activities}), upcoming
 * deadlines and latest updates ten each.
 */
public record Dashboard(int activities, int completed, int cancelled, int overdue, int atRisk, int needingUpdate,
                        Progress overall, List<Group> byArea, List<Group> byLeadParty,
                        Map<ActivityStatus, Integer> byStatus, Map<TrafficLight, Integer> byLight,
                        List<Bar> timeline, List<Bar> upcoming, List<RecentUpdate> latest) {
    public static final int TIMELINE_MAX = 60;
    public static final int LIST_MAX = 10;

    public Dashboard {
        byArea = List.copyOf(byArea);
        byLeadParty = List.copyOf(byLeadParty);
        byStatus = Map.copyOf(byStatus);
        byLight = Map.copyOf(byLight);
        timeline = List.copyOf(timeline);
        upcoming = List.copyOf(upcoming);
        latest = List.copyOf(latest);
    }

    /** Completed among those not cancelled, in whole percent; null when there are none. */
    public Integer shareCompleted() {
        int counted = activities - cancelled;
        return counted == 0 ? null : (int) Math.round(100.0 * completed / counted);
    }

    /** Figures of one priority area or lead party (its id). */
    public record Group(long id, int activities, int completed, Progress progress) {
    }

    /** One activity on the timeline or the deadline list. */
    public record Bar(long id, String reference, String title, long areaId, LocalDate startDate, LocalDate dueDate,
                      ActivityStatus status, TrafficLight light, boolean overdue) {
    }
}
