package se.samspar.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;

/** Rule 3: completed means 100, and 100 means completed. */
class StatusUpdateTest {
    private static final LocalDateTime AT = LocalDateTime.of(2024, 3, 15, 10, 30);

    private static StatusUpdate update(ActivityStatus status, int progress) {
        return new StatusUpdate(7L, status, TrafficLight.GREEN, progress, "Läget", new BigDecimal("2.5"),
                "anna", 3L, AT);
    }

    private static void assertSingleProblem(InvalidInput e, String field, String key) {
        assertEquals(1, e.problems().size(), e.problems().toString());
        FieldProblem p = e.problems().get(0);
        assertEquals(field, p.field());
        assertEquals(key, p.key());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 35, 99, 100})
    void updateToCompletedSetsProgressTo100WhateverWasGiven(int given) {
        assertEquals(100, update(ActivityStatus.COMPLETED, given).progress());
        assertEquals(100, StatusUpdate.progressFor(ActivityStatus.COMPLETED, given));
    }

    @ParameterizedTest
    @EnumSource(value = ActivityStatus.class, names = "COMPLETED", mode = EnumSource.Mode.EXCLUDE)
    void progress100WithAnyOtherStatusIsRefused(ActivityStatus status) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> update(status, 100));
        assertSingleProblem(e, "progress", "samspar.progress.hundredOnlyCompleted");
    }

    @ParameterizedTest
    @EnumSource(value = ActivityStatus.class, names = "COMPLETED", mode = EnumSource.Mode.EXCLUDE)
    void progressBelow100WithAnOpenOrCancelledStatusIsKeptAsGiven(ActivityStatus status) {
        assertEquals(0, update(status, 0).progress());
        assertEquals(99, update(status, 99).progress());
    }

    @ParameterizedTest
    @EnumSource(ActivityStatus.class)
    void negativeProgressIsRefusedForEveryStatus(ActivityStatus status) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> update(status, -1));
        assertSingleProblem(e, "progress", "samspar.number.min");
    }

    @ParameterizedTest
    @EnumSource(ActivityStatus.class)
    void progressAbove100IsRefusedForEveryStatusEvenCompleted(ActivityStatus status) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> update(status, 101));
        assertSingleProblem(e, "progress", "samspar.number.max");
    }

    @Test
    void updateKeepsWhatWasReportedAndStripsTheComment() {
        StatusUpdate u = new StatusUpdate(7L, ActivityStatus.IN_PROGRESS, TrafficLight.YELLOW, 40, "  Försenad  ",
                null, " anna ", null, AT);
        assertEquals(7L, u.activityId());
        assertEquals(ActivityStatus.IN_PROGRESS, u.status());
        assertEquals(TrafficLight.YELLOW, u.light());
        assertEquals(40, u.progress());
        assertEquals("Försenad", u.comment());
        assertEquals("anna", u.reportedBy());
        assertEquals(AT, u.reportedAt());
    }

    @Test
    void blankCommentIsStoredAsNoComment() {
        StatusUpdate u = new StatusUpdate(7L, ActivityStatus.PLANNED, TrafficLight.GREEN, 0, "   ",
                null, "anna", null, AT);
        assertEquals(null, u.comment());
    }

    /** Hours that do not fit DECIMAL(9, 2) are refused, in milliseconds, rather than rounded. */
    @ParameterizedTest
    @ValueSource(strings = {"1e-400000002", "1e400000000", "2.555", "10000000"})
    void hoursThatDoNotFitTheirColumnAreRefusedAtHoursSpent(String hours) {
        long start = System.nanoTime();
        InvalidInput e = assertThrows(InvalidInput.class, () -> new StatusUpdate(7L, ActivityStatus.IN_PROGRESS,
                TrafficLight.GREEN, 40, null, new BigDecimal(hours), "anna", null, AT));
        assertSingleProblem(e, "hoursSpent", "samspar.number.digits");
        assertTrue(System.nanoTime() - start < 500_000_000L, "refused in milliseconds");
        assertEquals(new BigDecimal("9999999.99"), new StatusUpdate(7L, ActivityStatus.IN_PROGRESS,
                TrafficLight.GREEN, 40, null, new BigDecimal("9999999.99"), "anna", null, AT).hoursSpent());
    }
}
