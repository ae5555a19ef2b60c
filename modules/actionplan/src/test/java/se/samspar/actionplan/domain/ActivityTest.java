package se.samspar.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;

class ActivityTest {
    private static final LocalDate CREATED = LocalDate.of(2023, 1, 10);
    private static final LocalDateTime T = LocalDateTime.of(2023, 6, 1, 9, 0);

    private static Activity activity() {
        return new Activity(1L, 0, CREATED, null);
    }

    private static StatusUpdate update(ActivityStatus status, TrafficLight light, int progress, LocalDateTime at) {
        return new StatusUpdate(1L, status, light, progress, null, null, "anna", null, at);
    }

    private static void assertSingleProblem(InvalidInput e, String field, String key) {
        assertEquals(1, e.problems().size(), e.problems().toString());
        FieldProblem p = e.problems().get(0);
        assertEquals(field, p.field());
        assertEquals(key, p.key());
    }

    @Test
    void newActivityIsPlannedGreenAtZeroPercentWithWeightOneAndNoUpdate() {
        Activity a = activity();
        assertEquals(ActivityStatus.PLANNED, a.status());
        assertEquals(TrafficLight.GREEN, a.light());
        assertEquals(0, a.progress());
        assertEquals(1, a.weight());
        assertNull(a.lastUpdateAt());
        assertEquals(CREATED, a.createdOn());
    }

    // ---- apply ----

    @Test
    void applyTakesTheFirstUpdateAsCurrentState() {
        Activity a = activity();
        a.apply(update(ActivityStatus.IN_PROGRESS, TrafficLight.YELLOW, 30, T));
        assertEquals(ActivityStatus.IN_PROGRESS, a.status());
        assertEquals(TrafficLight.YELLOW, a.light());
        assertEquals(30, a.progress());
        assertEquals(T, a.lastUpdateAt());
    }

    @Test
    void applyTakesANewerUpdateAsCurrentState() {
        Activity a = activity();
        a.apply(update(ActivityStatus.IN_PROGRESS, TrafficLight.YELLOW, 30, T));
        a.apply(update(ActivityStatus.COMPLETED, TrafficLight.GREEN, 80, T.plusDays(1)));
        assertEquals(ActivityStatus.COMPLETED, a.status());
        assertEquals(TrafficLight.GREEN, a.light());
        assertEquals(100, a.progress());
        assertEquals(T.plusDays(1), a.lastUpdateAt());
    }

    @Test
    void applyIgnoresAnUpdateOlderThanTheCurrentOne() {
        Activity a = activity();
        a.apply(update(ActivityStatus.IN_PROGRESS, TrafficLight.RED, 60, T));
        a.apply(update(ActivityStatus.PLANNED, TrafficLight.GREEN, 10, T.minusMinutes(1)));
        assertEquals(ActivityStatus.IN_PROGRESS, a.status());
        assertEquals(TrafficLight.RED, a.light());
        assertEquals(60, a.progress());
        assertEquals(T, a.lastUpdateAt());
    }

    @Test
    void appliedUpdateRestartsTheNeedsUpdateClock() {
        Activity a = activity();
        LocalDate today = CREATED.plusDays(100);
        assertTrue(a.needsUpdate(60, today));
        a.apply(update(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 10, today.minusDays(3).atTime(8, 0)));
        assertFalse(a.needsUpdate(60, today));
    }

    @Test
    void completingAnOverdueActivityMakesItNeitherOverdueNorInNeedOfUpdate() {
        Activity a = activity();
        a.schedule(CREATED, CREATED.plusDays(30), 1);
        LocalDate today = CREATED.plusDays(200);
        assertTrue(a.isOverdue(today));
        assertTrue(a.needsUpdate(60, today));
        a.apply(update(ActivityStatus.COMPLETED, TrafficLight.GREEN, 100, today.atTime(10, 0)));
        assertFalse(a.isOverdue(today));
        assertFalse(a.needsUpdate(60, today));
    }

    // ---- assign ----

    @Test
    void assignKeepsLeadParticipantsAndReporter() {
        Activity a = activity();
        a.assign(5L, Set.of(6L, 7L), " kalle ");
        assertEquals(5L, a.leadPartyId());
        assertEquals(Set.of(6L, 7L), a.participatingPartyIds());
        assertEquals("kalle", a.reporterUser());
    }

    @Test
    void reassigningReplacesTheParticipatingParties() {
        Activity a = activity();
        a.assign(5L, Set.of(6L, 7L), null);
        a.assign(5L, Set.of(7L, 8L), "");
        assertEquals(Set.of(7L, 8L), a.participatingPartyIds());
        assertNull(a.reporterUser());
    }

    @Test
    void leadPartyAmongParticipantsIsRefusedAndNothingChanges() {
        Activity a = activity();
        a.assign(5L, Set.of(6L), "kalle");
        InvalidInput e = assertThrows(InvalidInput.class, () -> a.assign(9L, Set.of(9L, 6L), "olle"));
        assertSingleProblem(e, "participatingPartyIds", "samspar.party.leadNotParticipant");
        assertEquals(5L, a.leadPartyId());
        assertEquals(Set.of(6L), a.participatingPartyIds());
        assertEquals("kalle", a.reporterUser());
    }

    // ---- schedule ----

    @Test
    void scheduleKeepsDatesAndWeight() {
        Activity a = activity();
        a.schedule(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 12, 31), 40);
        assertEquals(LocalDate.of(2023, 2, 1), a.startDate());
        assertEquals(LocalDate.of(2023, 12, 31), a.dueDate());
        assertEquals(40, a.weight());
    }

    @Test
    void dueDateOnTheStartDateIsAllowed() {
        Activity a = activity();
        a.schedule(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 1), 1);
        assertEquals(LocalDate.of(2023, 2, 1), a.dueDate());
    }

    @Test
    void dueDateBeforeStartDateIsRefusedAtTheDueDateAndNothingChanges() {
        Activity a = activity();
        a.schedule(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 1), 4);
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> a.schedule(LocalDate.of(2023, 6, 2), LocalDate.of(2023, 6, 1), 5));
        assertSingleProblem(e, "dueDate", "samspar.dueBeforeStart");
        assertEquals(LocalDate.of(2023, 2, 1), a.startDate());
        assertEquals(LocalDate.of(2023, 3, 1), a.dueDate());
        assertEquals(4, a.weight());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void weightAtTheBoundsOneAndHundredIsAllowed(int weight) {
        Activity a = activity();
        a.schedule(null, null, weight);
        assertEquals(weight, a.weight());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3, 101})
    void weightOutsideOneToHundredIsRefused(int weight) {
        Activity a = activity();
        InvalidInput e = assertThrows(InvalidInput.class, () -> a.schedule(null, null, weight));
        assertSingleProblem(e, "weight", weight < 1 ? "samspar.number.min" : "samspar.number.max");
        assertEquals(1, a.weight());
    }
}
