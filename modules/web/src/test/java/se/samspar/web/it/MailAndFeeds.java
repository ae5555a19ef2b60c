package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/**
 * The client side of {@link NotificationIT}, never deployed: the SMTP server (GreenMail) and reading the mails and
 * the calendar feeds back (ical4j). Kept apart so that the test class loads inside Payara without these libraries.
 */
final class MailAndFeeds {
    private static GreenMail smtp;

    private MailAndFeeds() {
    }

    static void startSmtp(int port) {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** A mail as read back: subject and decoded text. */
    record Received(String subject, String text) {
    }

    static void assertTheMails() throws Exception {
        // The digests were sent before the container's test ended; the follow-up's and the hand-over's go off the
        // request, after their commits: wait for them.
        Map<String, List<Received>> to = waitFor(Map.of(NotificationIT.POLICE, 5, NotificationIT.COORDINATOR, 4));

        List<Received> police = to.get(NotificationIT.POLICE);
        List<Received> digests = police.stream().filter(m -> m.subject().contains("for your status report")).toList();
        assertEquals(2, digests.size(), "the digests were sent twice: " + police);
        Received digest = digests.get(0);
        assertTrue(digest.subject().contains("3 activities wait") && digest.subject().contains("one is overdue"),
                digest.subject());
        String text = digest.text();
        assertTrue(text.startsWith("Hello Petra Polis,"), "English, as the user chose: " + text);
        assertOrder(text, "Overdue (1)", "- P-1 Aktivitet P-1", "To report (2)", "- P-2 Aktivitet P-2",
                "- H-1 Aktivitet H-1");
        assertFalse(text.contains("M-1"), "the municipality's activity is not the police's to report");
        assertFalse(text.contains("P-3"), "a completed activity waits for nobody");
        one(police, "report to the follow-up");
        one(police, "H-1 Aktivitet H-1 has been handed to you");
        String deadline = one(police, "the last day to report to").text();
        assertTrue(deadline.contains("Your organisation has 3 activities left to report."), deadline);

        List<Received> coordinator = to.get(NotificationIT.COORDINATOR);
        List<Received> svDigests = coordinator.stream().filter(m -> m.subject().contains("på din lägesrapport"))
                .toList();
        assertEquals(2, svDigests.size(), coordinator.toString());
        String sv = svDigests.get(0).text();
        assertTrue(sv.startsWith("Hej Sara Samordnare!"), sv);
        assertOrder(sv, "Försenade (1)", "- P-1", "Att rapportera (3)", "- P-2", "- M-1", "- H-1");
        assertFalse(sv.contains("P-3"));
        one(coordinator, "rapportera till uppföljningen");
        one(coordinator, "sista dag att rapportera till");

        assertEquals(List.of(), messagesTo(NotificationIT.QUIET), "who said no gets nothing");
        assertEquals(List.of(), messagesTo(NotificationIT.BOARD), "nothing waits for a board member's report");
    }

    static void assertTheFeeds(URL base, Properties made) throws Exception {
        LocalDate today = LocalDate.parse(made.getProperty("today"));
        String agreement = made.getProperty("agreement");

        HttpResponse<String> mine = get(base, made.getProperty("police") + ".ics");
        assertEquals(200, mine.statusCode());
        assertTrue(mine.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Map<String, LocalDate> events = events(mine.body());
        assertEquals(today.minusDays(10), events.get("Due: P-1 Aktivitet P-1"), events.toString());
        assertEquals(today.plusDays(30), events.get("Due: P-2 Aktivitet P-2"));
        assertEquals(today.plusDays(60), events.get("Due: H-1 Aktivitet H-1"));
        assertTrue(events.keySet().stream().noneMatch(s -> s.contains("M-1") || s.contains("P-3")), events.toString());
        assertTrue(events.entrySet().stream().anyMatch(e -> e.getKey().startsWith("Last day to report: Årsuppföljning")
                && e.getValue().equals(today.plusDays(5))), events.toString());

        HttpResponse<String> ofAgreement = get(base, made.getProperty("coordinator") + "/agreements/" + agreement
                + ".ics");
        assertEquals(200, ofAgreement.statusCode());
        Map<String, LocalDate> all = events(ofAgreement.body());
        assertEquals(today.plusDays(45), all.get("Slutdatum: M-1 Aktivitet M-1"), all.toString());
        assertTrue(all.containsKey("Slutdatum: P-1 Aktivitet P-1") && all.containsKey("Slutdatum: H-1 Aktivitet H-1"));
        assertFalse(all.keySet().stream().anyMatch(s -> s.contains("P-3")));

        assertEquals(200, get(base, made.getProperty("quiet") + ".ics").statusCode(), "the secret made last works");
        assertEquals(404, get(base, made.getProperty("replaced") + ".ics").statusCode(), "a replaced one does not");
        assertEquals(404, get(base, made.getProperty("revoked") + ".ics").statusCode(), "nor a revoked one");
        assertEquals(404, get(base, "x".repeat(43) + ".ics").statusCode(), "nor a made-up one");
        assertEquals(404, get(base, made.getProperty("police") + "/agreements/" + agreement + ".ics").statusCode(),
                "an agreement's feed is its coordinators'");

        HttpResponse<String> openapi = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/calendar/{secret}.ics")
                && openapi.body().contains("/api/v1/calendar/{secret}/agreements/{agreement}.ics")
                && openapi.body().contains("text/calendar"), "the feeds are described at /openapi:\n" + openapi.body());
    }

    /** The events of a feed by summary, after checking its lines and letting ical4j parse and validate it. */
    static Map<String, LocalDate> events(String feed) throws IOException, ParserException {
        assertTrue(feed.endsWith("\r\n"), "every line ends with CRLF");
        for (String line : feed.split("\r\n")) {
            assertFalse(line.contains("\n") || line.contains("\r"), "a bare line break: " + line);
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        List<Component> vevents = calendar.getComponents().stream().filter(c -> c.getName().equals("VEVENT"))
                .map(c -> (Component) c).toList();
        for (Component e : vevents) {
            assertTrue(e.getProperty(Property.UID).isPresent() && e.getProperty(Property.DTSTAMP).isPresent());
        }
        return vevents.stream().collect(Collectors.toMap(
                e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue(),
                e -> LocalDate.parse(e.getProperty(Property.DTSTART).orElseThrow().getValue(),
                        java.time.format.DateTimeFormatter.BASIC_ISO_DATE)));
    }

    private static HttpResponse<String> get(URL base, String path) throws IOException, InterruptedException {
        URI uri = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/")
                .resolve("api/v1/calendar/" + path);
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, List<Received>> waitFor(Map<String, Integer> expected) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            Map<String, List<Received>> found = new java.util.HashMap<>();
            for (String address : expected.keySet()) {
                found.put(address, messagesTo(address));
            }
            boolean all = expected.entrySet().stream().allMatch(e -> found.get(e.getKey()).size() >= e.getValue());
            if (all || System.currentTimeMillis() > until) {
                return found;
            }
            Thread.sleep(250);
        }
    }

    private static List<Received> messagesTo(String address) throws MessagingException, IOException {
        List<Received> list = new ArrayList<>();
        for (var m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address))) {
                list.add(new Received(m.getSubject(), m.getContent().toString().replace("\r\n", "\n")));
            }
        }
        return list;
    }

    private static Received one(List<Received> mails, String inSubject) {
        List<Received> found = mails.stream().filter(m -> m.subject().contains(inSubject)).toList();
        assertEquals(1, found.size(), "one mail whose subject has '" + inSubject + "' among " + mails);
        return found.get(0);
    }

    private static void assertOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, "'" + part + "' after the one before in:\n" + text);
            at = next;
        }
    }
}
