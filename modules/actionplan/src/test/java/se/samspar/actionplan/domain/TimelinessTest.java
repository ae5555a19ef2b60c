package se.samspar.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.samspar.actionplan.api.ActivityStatus;

/** Rules 1 (overdue) and 2 (needs update). */
class TimelinessTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);
    private static final int INTERVAL = 60;

    private static boolean needsUpdate(ActivityStatus status, LocalDate due, LocalDate start, LocalDate created,
                                       LocalDateTime lastUpdate) {
        return Timeliness.needsUpdate(status, due, start, created, lastUpdate, INTERVAL, TODAY);
    }

    // ---- Rule 1: overdue ----

    @ParameterizedTest
    @EnumSource(value = ActivityStatus.class, names = {"PLANNED", "IN_PROGRESS", "POSTPONED"})
    void openActivityDueYesterdayIsOverdue(ActivityStatus status) {
        assertTrue(Timeliness.isOverdue(status, TODAY.minusDays(1), TODAY));
    }

    @Test
    void activityDueTodayIsNotOverdue() {
        assertFalse(Timeliness.isOverdue(ActivityStatus.IN_PROGRESS, TODAY, TODAY));
    }

    @Test
    void activityDueInTheFutureIsNotOverdue() {
        assertFalse(Timeliness.isOverdue(ActivityStatus.PLANNED, TODAY.plusDays(1), TODAY));
    }

    @ParameterizedTest
    @EnumSource(value = ActivityStatus.class, names = {"COMPLETED", "CANCELLED"})
    void closedActivityPastItsDueDateIsNeverOverdue(ActivityStatus status) {
        assertFalse(Timeliness.isOverdue(status, TODAY.minusYears(1), TODAY));
    }

    @Test
    void activityWithoutDueDateIsNeverOverdue() {
        assertFalse(Timeliness.isOverdue(ActivityStatus.IN_PROGRESS, null, TODAY));
    }

    // ---- Rule 2: needs update ----

    @Test
    void lastUpdateExactlyIntervalDaysAgoDoesNotNeedUpdate() {
        LocalDateTime last = TODAY.minusDays(INTERVAL).atTime(23, 59);
        assertFalse(needsUpdate(ActivityStatus.IN_PROGRESS, null, null, TODAY.minusYears(1), last));
    }

    @Test
    void lastUpdateOneDayMoreThanIntervalAgoNeedsUpdate() {
        LocalDateTime last = TODAY.minusDays(INTERVAL + 1).atTime(0, 0);
        assertTrue(needsUpdate(ActivityStatus.IN_PROGRESS, null, null, TODAY.minusYears(1), last));
    }

    @Test
    void intervalComesFromTheAgreementNotAFixedNumber() {
        LocalDateTime last = TODAY.minusDays(31).atStartOfDay();
        LocalDate created = TODAY.minusYears(1);
        assertTrue(Timeliness.needsUpdate(ActivityStatus.IN_PROGRESS, null, null, created, last, 30, TODAY));
        assertFalse(Timeliness.needsUpdate(ActivityStatus.IN_PROGRESS, null, null, created, last, 31, TODAY));
    }

    @Test
    void aReportClearsNeedsUpdateOnAnOverdueActivity() {
        LocalDateTime last = TODAY.atTime(9, 0);
        assertTrue(Timeliness.isOverdue(ActivityStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY));
        assertFalse(needsUpdate(ActivityStatus.IN_PROGRESS, TODAY.minusDays(1), null, TODAY.minusYears(1), last));
        assertTrue(needsUpdate(ActivityStatus.IN_PROGRESS, TODAY.minusDays(1), null, TODAY.minusYears(1),
                last.minusDays(INTERVAL + 1)));
    }

    @Test
    void activityDueTodayAndRecentlyUpdatedDoesNotNeedUpdate() {
        LocalDateTime last = TODAY.minusDays(1).atTime(9, 0);
        assertFalse(needsUpdate(ActivityStatus.IN_PROGRESS, TODAY, null, TODAY.minusYears(1), last));
    }

    @ParameterizedTest
    @EnumSource(value = ActivityStatus.class, names = {"COMPLETED", "CANCELLED"})
    void closedActivityNeverNeedsUpdateEvenIfOverdueAndNeverReported(ActivityStatus status) {
        assertFalse(needsUpdate(status, TODAY.minusYears(1), TODAY.minusYears(2), TODAY.minusYears(2), null));
    }

    @Test
    void neverUpdatedActivityCountsFromCreationWhenStartDateIsEarlier() {
        LocalDate start = TODAY.minusYears(1);
        assertFalse(needsUpdate(ActivityStatus.PLANNED, null, start, TODAY.minusDays(INTERVAL), null));
        assertTrue(needsUpdate(ActivityStatus.PLANNED, null, start, TODAY.minusDays(INTERVAL + 1), null));
    }

    @Test
    void neverUpdatedActivityCountsFromStartDateWhenItIsLaterThanCreation() {
        LocalDate created = TODAY.minusYears(1);
        assertFalse(needsUpdate(ActivityStatus.PLANNED, null, TODAY.minusDays(INTERVAL), created, null));
        assertTrue(needsUpdate(ActivityStatus.PLANNED, null, TODAY.minusDays(INTERVAL + 1), created, null));
    }

    @Test
    void neverUpdatedActivityThatHasNotStartedYetIsNotNagged() {
        assertFalse(needsUpdate(ActivityStatus.PLANNED, null, TODAY.plusDays(10), TODAY.minusYears(1), null));
    }

    @Test
    void neverUpdatedActivityWithoutStartDateCountsFromCreation() {
        assertFalse(needsUpdate(ActivityStatus.PLANNED, null, null, TODAY.minusDays(INTERVAL), null));
        assertTrue(needsUpdate(ActivityStatus.PLANNED, null, null, TODAY.minusDays(INTERVAL + 1), null));
    }
}
