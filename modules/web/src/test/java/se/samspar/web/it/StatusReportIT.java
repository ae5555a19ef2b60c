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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import se.samspar.actionplan.api.ActivityService;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementService;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Locales;
import se.samspar.platform.api.NotFound;

/**
 * What the activity page's "report status" dialog relies on, through the real service inside
 * Payara Micro: a report becomes the current state and tops the history; refused reports name
 * the field the dialog shows the message at, and write nothing.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AsSystem.class)
class StatusReportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.samspar(StatusReportIT.class);
    }


    @Inject
    OrganisationService organisations;
    @Inject
    AgreementService agreements;
    @Inject
    ActivityService activities;
    @Resource(lookup = "java:app/jdbc/samspar")
    DataSource dataSource;

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long updateRows() throws SQLException {
        return count("select count(*) from ACT_STATUS_UPDATE");
    }

    private long newActivity() {
        Fixtures.Built b = Fixtures.build(organisations, agreements);
        return activities.create(b.agreementId(), Fixtures.activity(b.areaId(), b.subGoalId(), "T1-1",
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

        long id = activities.report(activity, report(ActivityStatus.IN_PROGRESS, 30, "Första mötet hållet",
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
        activities.report(activity, report(ActivityStatus.IN_PROGRESS, 20, "Planering klar", new BigDecimal("1.5")));
        activities.report(activity, new StatusReport(ActivityStatus.IN_PROGRESS, TrafficLight.RED, 45,
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
        activities.report(activity, report(ActivityStatus.COMPLETED, 60, null, null));

        assertEquals(100, activities.find(activity).orElseThrow().progress());
        assertEquals(100, activities.history(activity).get(0).progress());
        assertEquals(ActivityStatus.COMPLETED, activities.history(activity).get(0).status());
    }

    @Test
    void oneHundredWithAnotherStatusIsRefusedAtProgress() throws SQLException {
        long activity = newActivity();
        FieldProblem p = refusedAt("progress",
                () -> activities.report(activity, report(ActivityStatus.IN_PROGRESS, 100, "Nästan klart", null)));
        assertTrue(p.message(Locales.SWEDISH).contains("Genomförd"), p.message(Locales.SWEDISH));
        assertEquals(ActivityStatus.PLANNED, activities.find(activity).orElseThrow().status());
        assertTrue(activities.history(activity).isEmpty());
    }

    @Test
    void aPersonalIdentityNumberInTheCommentIsRefused() throws SQLException {
        long activity = newActivity();
        FieldProblem p = refusedAt("comment", () -> activities.report(activity,
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
                () -> activities.report(activity, report(ActivityStatus.IN_PROGRESS, 40, tooLong, null)));
        // Swedish writes the limit "4 000": "4,000" would read as four.
        assertTrue(p.message(Locales.SWEDISH).replace('\u00a0', ' ').contains("högst 4 000 tecken"),
                p.message(Locales.SWEDISH));
        // 4000 is still fine.
        activities.report(activity, report(ActivityStatus.IN_PROGRESS, 40, "a".repeat(4000), null));
        assertEquals(4000, activities.history(activity).get(0).comment().length());
    }

    @Test
    void negativeHoursAreRefusedAtHoursSpent() throws SQLException {
        long activity = newActivity();
        refusedAt("hoursSpent", () -> activities.report(activity,
                report(ActivityStatus.IN_PROGRESS, 40, null, new BigDecimal("-1"))));
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
            InvalidInput refused = assertThrows(InvalidInput.class, () -> activities.report(activity,
                    report(ActivityStatus.IN_PROGRESS, 40, null, hours)), value.getKey());
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("StatusReportIT: hours " + value.getKey() + " refused in " + millis + " ms");
            assertTrue(millis < HostileInput.DECIMAL_REFUSAL_MILLIS, value.getKey() + " took " + millis + " ms");
            assertEquals(before, updateRows(), value.getKey() + " wrote nothing");
            assertFalse(refused.problems().isEmpty());
            assertTrue(refused.problems().stream().allMatch(p -> p.field().equals("hoursSpent")),
                    value.getKey() + ": " + refused.problems());
        }
        // The column's limits themselves are fine.
        activities.report(activity, report(ActivityStatus.IN_PROGRESS, 40, null, new BigDecimal("9999.99")));
        assertEquals(0, new BigDecimal("9999.99").compareTo(activities.history(activity).get(0).hoursSpent()));
        FieldProblem p = refusedAt("hoursSpent", () -> activities.report(activity,
                report(ActivityStatus.IN_PROGRESS, 40, null, new BigDecimal("2.555"))));
        assertEquals("Högst 7 siffror före och 2 efter decimaltecknet.", p.message(Locales.SWEDISH));
        assertEquals(1, activities.history(activity).size());
    }

    @Test
    void mayReportOnAnExistingActivityAndNotFoundForAnUnknownOne() throws SQLException {
        long activity = newActivity();
        assertTrue(activities.mayReport(activity));
        assertFalse(activities.mayReport(Long.MAX_VALUE));

        long before = updateRows();
        assertThrows(NotFound.class,
                () -> activities.report(Long.MAX_VALUE, report(ActivityStatus.IN_PROGRESS, 10, null, null)));
        assertEquals(before, updateRows());
    }
}
