package se.samspar.web.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

/** The writer's output read back by an independent parser (ical4j), and its lines checked octet by octet. */
class ICalendarTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void allDayEventsRoundTripThroughAnIndependentParser() throws Exception {
        String hostile = "Trygghetsvandring; Flemingsberg, Visättra\\Stuvsta\nmed \"polisen\" och räddningstjänsten"
                + " – en lång rad som måste vikas flera gånger åäö ÅÄÖ 🚓 och lite till för att passera 75 oktetter";
        String feed = new ICalendar("Samspår – Sara Samordnare", NOW)
                .allDay("activity-7-due@samspar.example", LocalDate.of(2026, 12, 31), hostile, "Huddinge, 2023–2024",
                        "https://samspar.example/activity?id=7")
                .allDay("follow-up-3-deadline@samspar.example", LocalDate.of(2027, 1, 15), "Sista dag", null, null)
                .end();

        assertTrue(feed.endsWith("END:VCALENDAR\r\n"));
        for (String line : feed.split("\r\n", -1)) {
            assertFalse(line.contains("\n") || line.contains("\r"), line);
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "over 75 octets: " + line);
        }
        assertTrue(feed.contains("\r\n "), "long lines are folded");

        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        List<Component> events = calendar.getComponents().stream().filter(c -> c.getName().equals("VEVENT"))
                .map(c -> (Component) c).toList();
        assertEquals(2, events.size());
        Component first = events.get(0);
        assertEquals(hostile, first.getProperty(Property.SUMMARY).orElseThrow().getValue(), "every character back");
        assertEquals("Huddinge, 2023–2024", first.getProperty(Property.DESCRIPTION).orElseThrow().getValue());
        assertEquals("activity-7-due@samspar.example", first.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("20261231", first.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("DATE", first.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow()
                .getValue(), "an all-day event");
        assertEquals("20270101", first.getProperty(Property.DTEND).orElseThrow().getValue(), "DTEND is exclusive");
        assertEquals("20261130T120000Z", first.getProperty(Property.DTSTAMP).orElseThrow().getValue());
        assertTrue(events.get(1).getProperty(Property.DESCRIPTION).isEmpty());
    }

    @Test
    void textValuesAreEscapedAndControlCharactersLeftOut() {
        assertEquals("a\\;b\\,c\\\\d\\ne\\nf", ICalendar.text("a;b,c\\d\r\ne\nf"));
        assertEquals("ab\tc", ICalendar.text("a\u0000b\tc\u0007"));
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String summary = "å".repeat(100);
        String feed = new ICalendar("x", NOW).allDay("u", LocalDate.of(2026, 1, 1), summary, null, null).end();
        for (String line : feed.split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, line);
            assertEquals(line, new String(octets, StandardCharsets.UTF_8), "whole characters on each line");
        }
        assertTrue(feed.replace("\r\n ", "").contains("SUMMARY:" + summary + "\r\n"), "unfolds to the text");
    }
}
