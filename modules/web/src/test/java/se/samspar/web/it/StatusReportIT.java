package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.StatusReporting;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Locales;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.StaleEdit;

/**
 * What the activity page's "report status" dialog relies on, through the real service inside
 * Payara Micro: a report becomes the current state and tops the history; refused reports name
 * the field the dialog shows the message at, and write nothing; a report that collides with others is sent
 * again, each time in a new transaction, and refused as stale after the fifth collision in a row.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AsSystem.class)
class StatusReportIT extends WithServices {


    @Inject
    StatusReporting reporting;
    @Inject
    CollidingReports collisions;
    @Resource(lookup = "java:app/jdbc/samspar")
    DataSource dataSource;

    private long updateRows() throws SQLException {
        return Fixtures.count(dataSource, "select count(*) from ACT_STATUS_UPDATE");
    }

    private long newActivity() {
        Fixtures.Built b = Fixtures.build(this);
        return activityEditing.create(b.agreementId(), Fixtures.activity(b.areaId(), b.subGoalId(), "T1-1",
                b.municipalityParty(), Set.of(b.policeParty()), 1));
    }

    private static StatusReport report(ActivityStatus status, int progress, String comment, BigDecimal hours) {
        return new StatusReport(status, TrafficLight.YELLOW, progress, comment, hours, "Samordnare", null);
    }

    /** The report is refused at exactly this field, and no status update row is written. */
    private FieldProblem refusedAt(String field, Executable report) throws SQLException {
        long before = updateRows();
        InvalidInput refused = assertThrows(InvalidInput.class, report);
        assertEquals(before, updateRows(), "a refused report writes nothing");
        assertEquals(List.of(field), refused.problems().stream().map(FieldProblem::field).toList());
        return refused.problems().get(0);
    }

    @Test
    void aReportIsAppendedAndBecomesTheCurrentState() throws SQLException {
        long activity = newActivity();
        long before = updateRows();

        long id = statusUpdates.report(activity, report(ActivityStatus.IN_PROGRESS, 30, "Första mötet hållet",
                new BigDecimal("2.5")));

        assertEquals(before + 1, updateRows());
        ActivityView v = activities.find(activity).orElseThrow();
        assertEquals(ActivityStatus.IN_PROGRESS, v.status());
        assertEquals(TrafficLight.YELLOW, v.light());
        assertEquals(30, v.progress());
        assertNotNull(v.lastUpdateAt());
        assertEquals(id, activities.history(activity).get(0).id());
    }

    @Test
    void theHistoryIsNewestFirstWithHoursAndComment() {
        long activity = newActivity();
        statusUpdates.report(activity, report(ActivityStatus.IN_PROGRESS, 20, "Planering klar", new BigDecimal("1.5")));
        statusUpdates.report(activity, new StatusReport(ActivityStatus.IN_PROGRESS, TrafficLight.RED, 45,
                "Mötet med BOPS flyttat", new BigDecimal("3.25"), "Kommunens samordnare", null));

        List<StatusUpdateView> history = activities.history(activity);
        assertEquals(2, history.size());
        StatusUpdateView newest = history.get(0);
        assertEquals(45, newest.progress());
        assertEquals(TrafficLight.RED, newest.light());
        assertEquals("Mötet med BOPS flyttat", newest.comment());
        assertEquals(0, new BigDecimal("3.25").compareTo(newest.hoursSpent()));
        assertEquals("Kommunens samordnare", newest.reportedBy());
        assertEquals("Planering klar", history.get(1).comment());
        assertEquals(0, new BigDecimal("1.5").compareTo(history.get(1).hoursSpent()));
        assertFalse(newest.reportedAt().isBefore(history.get(1).reportedAt()));
        // The activity shows what the newest update says.
        assertEquals(45, activities.find(activity).orElseThrow().progress());
    }

    @Test
    void completedMeansOneHundred() {
        long activity = newActivity();
        statusUpdates.report(activity, report(ActivityStatus.COMPLETED, 60, "Klart i förtid", null));

        assertEquals(100, activities.find(activity).orElseThrow().progress());
        assertEquals(100, activities.history(activity).get(0).progress());
        assertEquals(ActivityStatus.COMPLETED, activities.history(activity).get(0).status());
    }

    @Test
    void oneHundredWithAnotherStatusIsRefusedAtProgress() throws SQLException {
        long activity = newActivity();
        FieldProblem p = refusedAt("progress",
                () -> statusUpdates.report(activity, report(ActivityStatus.IN_PROGRESS, 100, "Nästan klart", null)));
        assertTrue(p.message(Locales.SWEDISH).contains("Genomförd"), p.message(Locales.SWEDISH));
        assertEquals(ActivityStatus.PLANNED, activities.find(activity).orElseThrow().status());
        assertTrue(activities.history(activity).isEmpty());
    }

    @Test
    void aPersonalIdentityNumberInTheCommentIsRefused() throws SQLException {
        long activity = newActivity();
        FieldProblem p = refusedAt("comment", () -> statusUpdates.report(activity,
                report(ActivityStatus.IN_PROGRESS, 40, "Samtal med 811218-9876 om skyddsbedömning", null)));
        assertTrue(p.message(Locales.SWEDISH).contains("personnummer"), p.message(Locales.SWEDISH));
        assertTrue(p.message(Locales.ENGLISH).contains("personal identity number"), p.message(Locales.ENGLISH));
        assertTrue(activities.history(activity).isEmpty());
    }

    @Test
    void aCommentOver4000CharactersIsRefused() throws SQLException {
        long activity = newActivity();
        String tooLong = "a".repeat(4001);
        FieldProblem p = refusedAt("comment",
                () -> statusUpdates.report(activity, report(ActivityStatus.IN_PROGRESS, 40, tooLong, null)));
        // Swedish writes the limit "4 000": "4,000" would read as four.
        assertTrue(p.message(Locales.SWEDISH).replace('\u00a0', ' ').contains("högst 4 000 tecken"),
                p.message(Locales.SWEDISH));
        // 4000 is still fine.
        statusUpdates.report(activity, report(ActivityStatus.IN_PROGRESS, 40, "a".repeat(4000), null));
        assertEquals(4000, activities.history(activity).get(0).comment().length());
    }

    @Test
    void negativeHoursAreRefusedAtHoursSpent() throws SQLException {
        long activity = newActivity();
        refusedAt("hoursSpent", () -> statusUpdates.report(activity,
                report(ActivityStatus.IN_PROGRESS, 40, "Timmar", new BigDecimal("-1"))));
        assertTrue(activities.history(activity).isEmpty());
    }

    /**
     * Hours no DECIMAL(9, 2) holds, such as 1e-400000002 (which the database would round for minutes, holding
     * a connection), are refused at hoursSpent within a second, and nothing is written.
     */
    @Test
    void hoursThatFitNoColumnAreRefusedAtHoursSpentInMilliseconds() throws SQLException {
        long activity = newActivity();
        for (Map.Entry<String, String> value : HostileInput.DECIMALS_REFUSED.entrySet()) {
            BigDecimal hours = new BigDecimal(value.getValue());
            long before = updateRows();
            long start = System.nanoTime();
            InvalidInput refused = assertThrows(InvalidInput.class, () -> statusUpdates.report(activity,
                    report(ActivityStatus.IN_PROGRESS, 40, "Timmar", hours)), value.getKey());
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("StatusReportIT: hours " + value.getKey() + " refused in " + millis + " ms");
            assertTrue(millis < HostileInput.DECIMAL_REFUSAL_MILLIS, value.getKey() + " took " + millis + " ms");
            assertEquals(before, updateRows(), value.getKey() + " wrote nothing");
            assertFalse(refused.problems().isEmpty());
            assertTrue(refused.problems().stream().allMatch(p -> p.field().equals("hoursSpent")),
                    value.getKey() + ": " + refused.problems());
        }
        // The column's limits themselves are fine.
        statusUpdates.report(activity, report(ActivityStatus.IN_PROGRESS, 40, "Timmar", new BigDecimal("9999.99")));
        assertEquals(0, new BigDecimal("9999.99").compareTo(activities.history(activity).get(0).hoursSpent()));
        FieldProblem p = refusedAt("hoursSpent", () -> statusUpdates.report(activity,
                report(ActivityStatus.IN_PROGRESS, 40, "Timmar", new BigDecimal("2.555"))));
        assertEquals("Högst 7 siffror före och 2 efter decimaltecknet.", p.message(Locales.SWEDISH));
        assertEquals(1, activities.history(activity).size());
    }

    @Test
    void mayReportOnAnExistingActivityAndNotFoundForAnUnknownOne() throws SQLException {
        long activity = newActivity();
        assertTrue(statusUpdates.mayReport(activity));
        assertFalse(statusUpdates.mayReport(Long.MAX_VALUE));

        long before = updateRows();
        assertThrows(NotFound.class,
                () -> statusUpdates.report(Long.MAX_VALUE, report(ActivityStatus.IN_PROGRESS, 10, "Finns inte", null)));
        assertEquals(before, updateRows());
    }

    /** The dialog's way: four collisions in a row (each rolled back), then the fifth attempt is saved, once. */
    @Test
    void aReportCollidingFourTimesIsSentAgainEachTimeInANewTransactionUntilSaved() throws SQLException {
        long activity = newActivity();
        long before = updateRows();
        collisions.arm(activity, 4);

        long id = reporting.report(activity, report(ActivityStatus.IN_PROGRESS, 35, "Efter fyra krockar", null));

        assertEquals(5, collisions.attempts(activity), "sent five times");
        assertEquals(before + 1, updateRows(), "saved once: the four colliding attempts were rolled back");
        List<StatusUpdateView> history = activities.history(activity);
        assertEquals(1, history.size());
        assertEquals(id, history.get(0).id());
        assertEquals(35, activities.find(activity).orElseThrow().progress());
    }

    /** After the fifth collision in a row the reporter is told (StaleEdit, the conflict message), and nothing is saved. */
    @Test
    void aReportCollidingFiveTimesInARowIsRefusedAsStaleAndNothingIsSaved() throws SQLException {
        long activity = newActivity();
        long before = updateRows();
        collisions.arm(activity, 5);

        assertThrows(StaleEdit.class,
                () -> reporting.report(activity, report(ActivityStatus.IN_PROGRESS, 35, "Krockar hela tiden", null)));

        assertEquals(5, collisions.attempts(activity), "one attempt and four retries");
        assertEquals(before, updateRows());
        assertTrue(activities.history(activity).isEmpty());
        assertEquals(ActivityStatus.PLANNED, activities.find(activity).orElseThrow().status());
    }

    /** A refusal is no collision: it comes back at once, as the service said it. */
    @Test
    void aRefusedReportIsNotSentAgain() throws SQLException {
        long activity = newActivity();
        collisions.arm(activity, 1);
        refusedAt("progress", () -> reporting.report(activity,
                report(ActivityStatus.IN_PROGRESS, 100, "Nästan klart", null)));
        assertEquals(0, collisions.attempts(activity), "refused before anything was written, and not sent again");
        assertThrows(NotFound.class,
                () -> reporting.report(Long.MAX_VALUE, report(ActivityStatus.IN_PROGRESS, 10, "Finns inte", null)));
    }

    /**
     * A real collision: another transaction holds the activity's row for 12 s, past the database's 10-second lock
     * wait, so the first attempt is rolled back by Derby (SQL state 40XL1, in the server's log); a retry then
     * saves the report, once.
     */
    @Test
    void aReportThatTimesOutWaitingForALockIsSentAgainAndSaved() throws Exception {
        long activity = newActivity();
        long before = updateRows();
        // A connection of its own, outside the server's pool: the pool would enlist it in the report's transaction.
        Connection holder = new se.samspar.web.startup.ConfiguredDataSource().getConnection();
        CompletableFuture<Void> released;
        try {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                assertEquals(1, s.executeUpdate("update ACT_ACTIVITY set VERSION = VERSION where ID = " + activity));
            }
        } catch (SQLException | RuntimeException e) {
            holder.close();
            throw e;
        }
        released = CompletableFuture.runAsync(() -> {
            try (holder) {
                holder.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, CompletableFuture.delayedExecutor(12, TimeUnit.SECONDS));
        try {
            long start = System.nanoTime();
            reporting.report(activity, report(ActivityStatus.IN_PROGRESS, 45, "Efter låsväntan", null));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("StatusReportIT: a report behind a 12 s row lock saved after " + millis + " ms");
            assertTrue(millis >= 10_000, "the first attempt waited for the lock and timed out: " + millis + " ms");
        } finally {
            released.get(30, TimeUnit.SECONDS);
        }
        assertEquals(before + 1, updateRows());
        assertEquals(45, activities.find(activity).orElseThrow().progress());
    }
}
