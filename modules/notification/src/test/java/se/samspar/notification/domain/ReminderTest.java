package se.samspar.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderTest {
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 14);

    @Test
    void theDigestListsOverdueActivitiesFirstThenTheRestSoonestDueFirst() {
        List<DigestItem> items = List.of(
                new DigestItem("B-2", "Later", "Huddinge", MARCH.plusDays(40), false),
                new DigestItem("U-1", "Undated", "Huddinge", null, false),
                new DigestItem("A-9", "Late", "Huddinge", MARCH.minusDays(3), true),
                new DigestItem("A-1", "Very late", "Botkyrka", MARCH.minusDays(30), true),
                new DigestItem("B-1", "Soon", "Huddinge", MARCH.plusDays(2), false));
        Mail mail = Reminder.digest("sv", "Sara", items, 5, "https://samspar.example.se/").orElseThrow();
        assertEquals("Samspår: 5 aktiviteter väntar på din lägesrapport, 2 är försenade", mail.subject());
        String body = mail.body();
        assertTrue(body.startsWith("Hej Sara!\n\n5 aktiviteter väntar på din lägesrapport i Samspår.\n"), body);
        int overdue = body.indexOf("Försenade (2)");
        int veryLate = body.indexOf("- A-1 Very late (Botkyrka), slutdatum 2026-02-12");
        int late = body.indexOf("- A-9 Late (Huddinge), slutdatum 2026-03-11");
        int rest = body.indexOf("Att rapportera (3)");
        int soon = body.indexOf("- B-1 Soon");
        int later = body.indexOf("- B-2 Later");
        int undated = body.indexOf("- U-1 Undated (Huddinge)\n");
        assertTrue(0 < overdue && overdue < veryLate && veryLate < late && late < rest && rest < soon
                && soon < later && later < undated, body);
        assertTrue(body.contains("Öppna Samspår: https://samspar.example.se/\n"), body);
        assertTrue(body.contains("https://samspar.example.se/password"), "where to say no: " + body);
    }

    @Test
    void nothingWaitingIsNoDigest() {
        assertTrue(Reminder.digest("sv", "Sara", List.of(), 0, null).isEmpty());
    }

    @Test
    void englishForThoseWhoChoseItAndAMoreLineWhenTheListIsCut() {
        Mail mail = Reminder.digest("en", "Petra", List.of(
                new DigestItem("P-1", "Patrols", "Huddinge", MARCH, false)), 31, null).orElseThrow();
        assertEquals("Samspår: 31 activities wait for your status report", mail.subject());
        assertTrue(mail.body().startsWith("Hello Petra,\n"), mail.body());
        assertTrue(mail.body().contains("To report (1)\n- P-1 Patrols (Huddinge), due 2026-03-14\n"), mail.body());
        assertTrue(mail.body().contains("… and 30 more."), mail.body());
        assertFalse(mail.body().contains("Overdue"), "no empty heading: " + mail.body());
        assertTrue(mail.body().contains("turn them off in Samspår"), mail.body());
    }

    @Test
    void oneActivityIsSaidInTheSingular() {
        Mail mail = Reminder.digest("sv", "Sara", List.of(
                new DigestItem("P-1", "Patrull", "Huddinge", MARCH, true)), 1, null).orElseThrow();
        assertEquals("Samspår: en aktivitet väntar på din lägesrapport, en är försenad", mail.subject());
    }

    @Test
    void theFollowUpAndHandOverNotesNameWhatTheyAreAbout() {
        Mail opened = Reminder.reportingOpened("sv", "Sara", "Årsuppföljning 2026", "Huddinge", MARCH, 3, null);
        assertEquals("Samspår: rapportera till uppföljningen Årsuppföljning 2026", opened.subject());
        assertTrue(opened.body().contains("Din organisation har 3 aktiviteter att rapportera.")
                && opened.body().contains("Sista dag att rapportera: 2026-03-14."), opened.body());
        Mail deadline = Reminder.reportingDeadline("en", "Petra", "Annual 2026", "Huddinge", MARCH, 1, null);
        assertEquals("Samspår: the last day to report to Annual 2026 is 2026-03-14", deadline.subject());
        assertTrue(deadline.body().contains("one activity left to report"), deadline.body());
        Mail handed = Reminder.handedOver("sv", "Sara", "T-1", "Trygghetsvandring", "Huddinge", "Polisen", null);
        assertEquals("Samspår: T-1 Trygghetsvandring har lämnats över till er", handed.subject());
        assertTrue(handed.body().contains("leds nu av Polisen"), handed.body());
    }
}
