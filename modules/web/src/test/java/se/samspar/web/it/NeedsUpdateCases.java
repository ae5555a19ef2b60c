package se.samspar.web.it;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import se.samspar.actionplan.api.ActivityStatus;

/**
 * Rule 2, "needs update", as one table of cases, for the three places it is written: in Java
 * ({@code actionplan.domain.Timeliness.needsUpdate}, checked by {@code NeedsUpdateRuleTest}), in JPQL (the activity
 * table's filter, {@code ActivityTableQuery}) and in native SQL (the dashboard's key figures,
 * {@code ActivityStatisticsBean}), both checked by {@code ActivityTableIT.needsUpdateAgreesWithTheCaseTable}.
 *
 * <p>The rule as built: an activity neither completed nor cancelled needs an update when its last status update was
 * made before the first day of the interval (today minus the agreement's interval in days); one never reported on
 * counts from its start date or its creation, whichever is later. Being overdue (rule 1) plays no part: a report
 * clears "needs update" on an overdue activity too. Every date is
 * relative to today; the interval is {@value #INTERVAL} days, as in {@code Fixtures.agreement}.
 */
public final class NeedsUpdateCases {
    /** The agreement's update interval in days. */
    public static final int INTERVAL = 60;
    private static final int LONG_AGO = INTERVAL + 100;

    /**
     * One activity and whether it needs an update.
     *
     * @param name           what the case shows
     * @param status         its status (the status of its last update; PLANNED when never reported on)
     * @param dueInDays      days from today to its due date (negative: past), or null for none
     * @param startedDaysAgo days from its start date to today (negative: it starts later), or null for none
     * @param createdDaysAgo days from its creation to today
     * @param updatedDaysAgo days from its last status update to today, or null when never reported on
     * @param updatedAt      the time of day of that update
     * @param needsUpdate    the expected answer
     */
    public record Case(String name, ActivityStatus status, Integer dueInDays, Integer startedDaysAgo,
                       int createdDaysAgo, Integer updatedDaysAgo, LocalTime updatedAt, boolean needsUpdate) {
        public LocalDate due(LocalDate today) {
            return dueInDays == null ? null : today.plusDays(dueInDays);
        }

        public LocalDate start(LocalDate today) {
            return startedDaysAgo == null ? null : today.minusDays(startedDaysAgo);
        }

        public LocalDate createdOn(LocalDate today) {
            return today.minusDays(createdDaysAgo);
        }

        public LocalDateTime lastUpdate(LocalDate today) {
            return updatedDaysAgo == null ? null : today.minusDays(updatedDaysAgo).atTime(updatedAt);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The cases; each boundary of the rule is a pair, one day on either side. */
    public static final List<Case> CASES = List.of(
            reported("updated today", ActivityStatus.IN_PROGRESS, null, 0, LocalTime.MIDNIGHT, false),
            reported("updated on the interval's first day, at its last minute", ActivityStatus.IN_PROGRESS, null,
                    INTERVAL, LocalTime.of(23, 59), false),
            reported("updated on the interval's first day, at its first moment", ActivityStatus.IN_PROGRESS, null,
                    INTERVAL, LocalTime.MIDNIGHT, false),
            reported("updated the day before the interval, at its last minute", ActivityStatus.IN_PROGRESS, null,
                    INTERVAL + 1, LocalTime.of(23, 59), true),
            reported("updated the day before the interval, at its first moment", ActivityStatus.IN_PROGRESS, null,
                    INTERVAL + 1, LocalTime.MIDNIGHT, true),
            reported("postponed, updated the day before the interval", ActivityStatus.POSTPONED, null, INTERVAL + 1,
                    LocalTime.NOON, true),
            reported("postponed, updated within the interval", ActivityStatus.POSTPONED, null, INTERVAL,
                    LocalTime.NOON, false),
            never("never reported, no start, created on the interval's first day", null, null, INTERVAL, false),
            never("never reported, no start, created the day before the interval", null, null, INTERVAL + 1, true),
            never("never reported, created long ago, started on the interval's first day", null, INTERVAL, LONG_AGO,
                    false),
            never("never reported, created long ago, started the day before the interval", null, INTERVAL + 1,
                    LONG_AGO, true),
            never("never reported, started long ago, created on the interval's first day", null, LONG_AGO, INTERVAL,
                    false),
            never("never reported, started long ago, created the day before the interval", null, LONG_AGO,
                    INTERVAL + 1, true),
            never("never reported, created long ago, starts in ten days", null, -10, LONG_AGO, false),
            reported("overdue since yesterday, updated today", ActivityStatus.IN_PROGRESS, -1, 0, LocalTime.MIDNIGHT,
                    false),
            never("overdue since yesterday, never reported, created today", -1, null, 0, false),
            reported("overdue long ago, updated on the interval's first day", ActivityStatus.IN_PROGRESS, -LONG_AGO,
                    INTERVAL, LocalTime.NOON, false),
            reported("overdue long ago, updated the day before the interval", ActivityStatus.IN_PROGRESS, -LONG_AGO,
                    INTERVAL + 1, LocalTime.NOON, true),
            reported("postponed and overdue, updated today", ActivityStatus.POSTPONED, -1, 0, LocalTime.NOON, false),
            never("overdue long ago, never reported, created the day before the interval", -LONG_AGO, null,
                    INTERVAL + 1, true),
            reported("due today, updated yesterday", ActivityStatus.IN_PROGRESS, 0, 1, LocalTime.NOON, false),
            reported("completed long ago, overdue", ActivityStatus.COMPLETED, -INTERVAL, LONG_AGO, LocalTime.NOON,
                    false),
            reported("cancelled long ago, overdue", ActivityStatus.CANCELLED, -INTERVAL, LONG_AGO, LocalTime.NOON,
                    false),
            reported("completed, last updated the day before the interval", ActivityStatus.COMPLETED, null,
                    INTERVAL + 1, LocalTime.NOON, false));

    private NeedsUpdateCases() {
    }

    private static Case reported(String name, ActivityStatus status, Integer dueInDays, int updatedDaysAgo,
                                 LocalTime at, boolean needsUpdate) {
        return new Case(name, status, dueInDays, LONG_AGO, LONG_AGO, updatedDaysAgo, at, needsUpdate);
    }

    private static Case never(String name, Integer dueInDays, Integer startedDaysAgo, int createdDaysAgo,
                              boolean needsUpdate) {
        return new Case(name, ActivityStatus.PLANNED, dueInDays, startedDaysAgo, createdDaysAgo, null, null,
                needsUpdate);
    }
}
