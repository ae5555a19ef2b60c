package se.samspar.web.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A small iCalendar (RFC 5545) writer for feeds of all-day events: CRLF line ends, content lines folded at 75
 * octets without splitting a UTF-8 character, TEXT values escaped (backslash, semicolon, comma, line breaks), a UID
 * and DTSTAMP on every event, dates as DATE values with the exclusive DTEND of the next day.
 */
public final class ICalendar {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();
    private final String stamp;
    private boolean ended;

    /** A calendar named {@code name} (X-WR-CALNAME, which calendar programs show), stamped {@code now}. */
    public ICalendar(String name, Instant now) {
        this.stamp = STAMP.format(now);
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Samspår//Samspår calendar feed//SV");
        line("CALSCALE:GREGORIAN");
        line("X-WR-CALNAME:" + text(name));
    }

    /** An all-day event on {@code day}; {@code url} may be null. */
    public ICalendar allDay(String uid, LocalDate day, String summary, String description, String url) {
        line("BEGIN:VEVENT");
        line("UID:" + text(uid));
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + DATE.format(day));
        line("DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
        line("SUMMARY:" + text(summary));
        if (description != null && !description.isBlank()) {
            line("DESCRIPTION:" + text(description));
        }
        if (url != null) {
            line("URL:" + url);
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    /** The whole calendar; nothing can be added after. */
    public String end() {
        if (!ended) {
            line("END:VCALENDAR");
            ended = true;
        }
        return out.toString();
    }

    /**
     * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, any line break as \n; other control
     * characters, which the format does not allow, left out.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "").replace("\\", "\\\\")
                .replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /** One content line, folded (§3.1): at most 75 octets a line, continued after CRLF and a space. */
    private void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
