package se.samspar.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.Progress;
import se.samspar.actionplan.domain.ProgressRollup.Contribution;

/** Rule 4: progress roll-up, and how a roll-up is shown. */
class ProgressRollupTest {

    private static Contribution c(ActivityStatus status, int progress, int weight) {
        return new Contribution(status, progress, weight);
    }

    @Test
    void equalWeightsGiveThePlainMean() {
        OptionalDouble mean = ProgressRollup.weightedMean(List.of(
                c(ActivityStatus.IN_PROGRESS, 20, 1),
                c(ActivityStatus.IN_PROGRESS, 50, 1),
                c(ActivityStatus.COMPLETED, 100, 1)));
        assertEquals(170.0 / 3, mean.getAsDouble(), 1e-9);
    }

    @Test
    void heavierActivitiesCountMoreInTheMean() {
        OptionalDouble mean = ProgressRollup.weightedMean(List.of(
                c(ActivityStatus.IN_PROGRESS, 0, 3),
                c(ActivityStatus.COMPLETED, 100, 1)));
        assertEquals(25.0, mean.getAsDouble(), 1e-9);
    }

    @Test
    void cancelledActivitiesAreLeftOutOfTheMean() {
        OptionalDouble mean = ProgressRollup.weightedMean(List.of(
                c(ActivityStatus.IN_PROGRESS, 40, 2),
                c(ActivityStatus.CANCELLED, 0, 50),
                c(ActivityStatus.CANCELLED, 90, 50)));
        assertEquals(40.0, mean.getAsDouble(), 1e-9);
    }

    @Test
    void plannedAndPostponedActivitiesCountInTheMean() {
        OptionalDouble mean = ProgressRollup.weightedMean(List.of(
                c(ActivityStatus.PLANNED, 0, 1),
                c(ActivityStatus.POSTPONED, 60, 1)));
        assertEquals(30.0, mean.getAsDouble(), 1e-9);
    }

    @Test
    void emptySetHasNoProgressRatherThanZero() {
        assertTrue(ProgressRollup.weightedMean(List.of()).isEmpty());
    }

    @Test
    void setOfOnlyCancelledActivitiesHasNoProgress() {
        assertTrue(ProgressRollup.weightedMean(List.of(
                c(ActivityStatus.CANCELLED, 50, 1),
                c(ActivityStatus.CANCELLED, 0, 4))).isEmpty());
    }

    @Test
    void setOfActivitiesAllAtZeroHasZeroProgressNotNone() {
        OptionalDouble mean = ProgressRollup.weightedMean(List.of(c(ActivityStatus.PLANNED, 0, 1)));
        assertTrue(mean.isPresent());
        assertEquals(0.0, mean.getAsDouble());
    }

    @Test
    void largeWeightsAndProgressDoNotOverflow() {
        List<Contribution> many = java.util.Collections.nCopies(100_000, c(ActivityStatus.IN_PROGRESS, 99, 100));
        assertEquals(99.0, ProgressRollup.weightedMean(many).getAsDouble(), 1e-9);
    }

    @Test
    void countedLeavesOutCancelledActivities() {
        List<Contribution> set = List.of(
                c(ActivityStatus.PLANNED, 0, 1),
                c(ActivityStatus.CANCELLED, 0, 1),
                c(ActivityStatus.COMPLETED, 100, 5),
                c(ActivityStatus.CANCELLED, 30, 2));
        assertEquals(2, ProgressRollup.counted(set));
        assertEquals(0, ProgressRollup.counted(List.of()));
    }

    // ---- Progress, as shown ----

    @Test
    void noneProgressHasNoPercentAndNoActivities() {
        assertFalse(Progress.NONE.isPresent());
        assertNull(Progress.NONE.rounded());
        assertEquals(0, Progress.NONE.activities());
    }

    @Test
    void progressOfAnEmptyMeanIsAbsentNotZero() {
        Progress p = Progress.of(OptionalDouble.empty(), 0);
        assertFalse(p.isPresent());
        assertNull(p.percent());
        assertNull(p.rounded());
    }

    @Test
    void roundedGivesWholePercentRoundingHalfUp() {
        assertEquals(57, Progress.of(OptionalDouble.of(170.0 / 3), 3).rounded());
        assertEquals(13, Progress.of(OptionalDouble.of(12.5), 2).rounded());
        assertEquals(3, Progress.of(OptionalDouble.of(2.5), 2).rounded());
        assertEquals(12, Progress.of(OptionalDouble.of(12.49), 2).rounded());
        assertEquals(0, Progress.of(OptionalDouble.of(0.0), 1).rounded());
    }

    @Test
    void rollUpThroughProgressKeepsTheCountedActivities() {
        List<Contribution> set = List.of(c(ActivityStatus.IN_PROGRESS, 45, 1), c(ActivityStatus.CANCELLED, 0, 1));
        Progress p = Progress.of(ProgressRollup.weightedMean(set), ProgressRollup.counted(set));
        assertEquals(45.0, p.percent(), 1e-9);
        assertEquals(1, p.activities());
    }
}
