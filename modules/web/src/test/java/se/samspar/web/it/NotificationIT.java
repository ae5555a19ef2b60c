package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.followup.api.FollowUpDraft;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpQueries;
import se.samspar.followup.api.FollowUps;
import se.samspar.identity.api.CalendarSecrets;
import se.samspar.identity.api.MailRecipients;
import se.samspar.identity.api.NewUser;
import se.samspar.identity.api.UserAccounts;
import se.samspar.notification.api.Reminders;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.Roles;

/**
 * Calendar feeds and reminders by e-mail on a real Payara Micro whose {@code samspar.mail.*} points at the SMTP server
 * this test starts in the test JVM (GreenMail, on {@code it.smtp.port}, arquillian.xml). In order: the client starts
 * the server; inside the application an agreement, its users and activities are made, a follow-up is opened for
 * reporting with its deadline 5 days away, an activity is handed over, an administrator sends the reminders now (the
 * deadline's and the digests) and calendar addresses are made; then
 * the client reads the mails and the feeds back (GreenMail, ical4j, {@link MailAndFeeds}). What the container made is
 * handed to the client in a file beside the test database, since both run on this machine.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AsSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationIT extends WithServices {
    static final String DOMAIN = "notification-it.example";
    static final String POLICE = "polis@" + DOMAIN;
    static final String COORDINATOR = "samordnare@" + DOMAIN;
    static final String QUIET = "tyst@" + DOMAIN;
    static final String BOARD = "styrgrupp@" + DOMAIN;
    static final String HAND_OVER = "notification-it";

    @Inject
    UserAccounts accounts;
    @Inject
    CalendarSecrets secrets;
    @Inject
    MailRecipients mail;
    @Inject
    Reminders reminders;
    @Inject
    FollowUps followUps;
    @Inject
    FollowUpQueries followUpQueries;
    @Inject
    se.samspar.notification.internal.ReminderRuns runs;
    @Resource(lookup = "java:app/jdbc/samspar")
    DataSource dataSource;
    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    @RunAsClient
    void theTestsSmtpServerListens() {
        MailAndFeeds.startSmtp(Integer.getInteger("it.smtp.port", 47025));
    }

    @Test
    @Order(2)
    void remindersAreSentAsEachUserMaySeeAndRecorded() throws Exception {
        assertTrue(reminders.enabled(), "samspar.mail.host is set for the integration tests");
        LocalDate today = LocalDate.now();
        Fixtures.Built b = Fixtures.build(this);
        AgreementStructure s = agreements.structure(b.agreementId()).orElseThrow();
        long policeOrg = s.party(b.policeParty()).orElseThrow().organisationId();
        long municipalityOrg = s.party(b.municipalityParty()).orElseThrow().organisationId();
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        Caller police = user("ntf-polis-" + tag, "Petra Polis", POLICE, policeOrg, Roles.PARTNER, Set.of());
        Caller coordinator = user("ntf-samordnare-" + tag, "Sara Samordnare", COORDINATOR, municipalityOrg,
                Roles.COORDINATOR, Set.of(b.agreementId()));
        Caller quiet = user("ntf-tyst-" + tag, "Tore Tyst", QUIET, policeOrg, Roles.PARTNER, Set.of());
        Caller board = user("ntf-styrgrupp-" + tag, "Stina Styrgrupp", BOARD, municipalityOrg, Roles.BOARD_MEMBER,
                Set.of());
        callers.runAs(police, () -> accounts.rememberLanguage("en"));
        callers.runAs(quiet, () -> mail.optOut(true));
        assertTrue(callers.runAs(quiet, () -> mail.optedOut()));
        assertThrows(AccessDenied.class, () -> callers.runAs(police, () -> mail.after(0, 10)),
                "the recipients are the system's to list");

        activity(b, "P-1", b.policeParty(), today.minusDays(10));
        activity(b, "P-2", b.policeParty(), today.plusDays(30));
        activity(b, "M-1", b.municipalityParty(), today.plusDays(45));
        long done = activity(b, "P-3", b.policeParty(), today.plusDays(5));
        statusUpdates.report(done, Fixtures.report(ActivityStatus.COMPLETED, TrafficLight.GREEN, 100));
        long handed = activity(b, "H-1", b.municipalityParty(), today.plusDays(60));
        ActivityView h = activities.find(handed).orElseThrow();
        activityEditing.update(handed, h.version(), new ActivityDraft(h.areaId(), h.goalId(), "H-1", "Aktivitet H-1",
                null, b.policeParty(), Set.of(), "Samordnare", null, h.startDate(), h.dueDate(), 1));

        // Its period leaves the reports of 100 days ago out: every party has activities left to report in it.
        long followUp = followUps.open(b.agreementId(), new FollowUpDraft(FollowUpKind.OTHER, "Årsuppföljning "
                + tag, today.minusDays(30), today.plusDays(30), today.plusDays(5)));
        followUps.startReporting(followUp, followUpQueries.find(followUp).orElseThrow().version());

        int sent = callers.runAs(admin(), () -> reminders.sendDigestsNow());
        assertTrue(sent >= 2, "the police's and the coordinator's digests at least: " + sent);
        assertThrows(AccessDenied.class, () -> callers.runAs(police, () -> reminders.sendDigestsNow()));
        long policeId = id(police);
        assertEquals(1, Fixtures.count(dataSource, "select count(*) from NTF_MAIL where KIND = 'DIGEST' and USER_ID = "
                + policeId), "each mail is recorded: who, kind, when");
        assertEquals(1, Fixtures.count(dataSource, "select count(*) from NTF_MAIL where KIND = 'DIGEST' and USER_ID = "
                + id(coordinator)));
        assertEquals(0, Fixtures.count(dataSource, "select count(*) from NTF_MAIL where USER_ID = " + id(board)),
                "nothing waits for a board member's report");
        assertEquals(1, Fixtures.count(dataSource, "select count(*) from NTF_MAIL where KIND = 'REPORTING_DEADLINE'"
                + " and USER_ID = " + policeId + " and SUBJECT_ID = " + followUp), "the deadline is 5 days away");
        callers.runAs(admin(), () -> reminders.sendDigestsNow());
        assertEquals(1, Fixtures.count(dataSource, "select count(*) from NTF_MAIL where KIND = 'REPORTING_DEADLINE'"
                + " and USER_ID = " + policeId), "a deadline is reminded of once");
        assertEquals(2, Fixtures.count(dataSource, "select count(*) from NTF_MAIL where KIND = 'DIGEST' and USER_ID = "
                + policeId), "a digest each time they are sent");

        // The feeds' secrets: made, made anew (the old one ends), and the agreement's for its coordinator.
        Properties made = new Properties();
        made.setProperty("police", callers.runAs(police, () -> secrets.renew()));
        made.setProperty("coordinator", callers.runAs(coordinator, () -> secrets.renew()));
        String old = callers.runAs(quiet, () -> secrets.renew());
        made.setProperty("quiet", callers.runAs(quiet, () -> secrets.renew()));
        made.setProperty("replaced", old);
        String revoked = callers.runAs(board, () -> secrets.renew());
        callers.runAs(board, () -> secrets.revoke());
        assertFalse(callers.runAs(board, () -> secrets.exists()));
        made.setProperty("revoked", revoked);
        made.setProperty("agreement", Long.toString(b.agreementId()));
        made.setProperty("followUp", Long.toString(followUp));
        made.setProperty("today", today.toString());
        made.setProperty("quietId", Long.toString(id(quiet)));
        made.setProperty("policeId", Long.toString(policeId));
        HandOver.store(HAND_OVER, made);
        assertEquals(0, Fixtures.count(dataSource, "select count(*) from IDN_NOTIFICATION where CALENDAR_SECRET_HASH = '"
                + made.getProperty("police") + "'"), "the secret itself is never stored");
    }

    @Test
    @Order(3)
    @RunAsClient
    void theMailsArriveWithTheRightActivitiesForEachUser() throws Exception {
        MailAndFeeds.assertTheMails();
    }

    @Test
    @Order(4)
    @RunAsClient
    void theFeedsParseAndHoldWhatTheirOwnerMayReportOn() throws Exception {
        MailAndFeeds.assertTheFeeds(base, HandOver.load(HAND_OVER));
    }

    /** In a cluster every node plans the daily run; the day's record lets one of them send (issue 15). */
    @Test
    @Order(5)
    void oneNodeTakesEachDaysReminders() {
        java.time.LocalDate day = java.time.LocalDate.of(2031, 3, 4);
        assertTrue(runs.take(day, "node 1"), "the first node takes the day");
        assertFalse(runs.take(day, "node 2"), "a second node finds the day taken and sends nothing");
        assertTrue(runs.take(day.plusDays(1), "node 2"), "the next day is anyone's");
    }

    @Test
    @Order(5)
    void theOpenedAndHandedOverMailsAreRecordedOnce() throws Exception {
        Properties made = HandOver.load(HAND_OVER);
        String police = made.getProperty("policeId");
        assertEquals(1, Fixtures.count(dataSource, "select count(*) from NTF_MAIL where KIND = 'REPORTING_OPENED'"
                + " and USER_ID = " + police + " and SUBJECT_ID = " + made.getProperty("followUp")));
        assertEquals(1, Fixtures.count(dataSource, "select count(*) from NTF_MAIL where KIND = 'HANDED_OVER'"
                + " and USER_ID = " + police));
        assertEquals(0, Fixtures.count(dataSource, "select count(*) from NTF_MAIL where USER_ID = "
                + made.getProperty("quietId")), "no mail at all to who said no");
    }

    @Test
    @Order(6)
    @RunAsClient
    void theSmtpServerStops() {
        MailAndFeeds.stopSmtp();
    }

    /** An activity last reported on 100 days ago: past the 60-day interval, so it waits for a report (rule 2). */
    private long activity(Fixtures.Built b, String reference, long lead, LocalDate due) {
        long id = activityEditing.create(b.agreementId(), new ActivityDraft(b.areaId(), null, reference,
                "Aktivitet " + reference, null, lead, Set.of(), "Samordnare", null, due.minusYears(1), due, 1));
        statusUpdates.importUpdate(id, Fixtures.report(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 20),
                LocalDate.now().minusDays(100).atTime(12, 0));
        return id;
    }

    private Caller user(String username, String name, String email, long organisation, String role,
                        Set<Long> coordinates) {
        accounts.create(new NewUser(username, name, email, organisation, Set.of(role), coordinates,
                "ett-langt-losenord", false));
        return new Caller(username, name, organisation, Set.of(role), coordinates, false);
    }

    private long id(Caller user) throws java.sql.SQLException {
        return Fixtures.count(dataSource, "select ID from IDN_USER_ACCOUNT where USERNAME = '" + user.username() + "'");
    }

    private static Caller admin() {
        return new Caller("ntf-admin", "Admin", null, Set.of(Roles.ADMINISTRATOR), Set.of(), false);
    }
}
