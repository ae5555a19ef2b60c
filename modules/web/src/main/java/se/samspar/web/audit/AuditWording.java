package se.samspar.web.audit;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samspar.audit.api.AuditEntryView;
import se.samspar.web.faces.Figures;
import se.samspar.web.faces.Messages;

/**
 * A page of audit entries in words: the trail stores codes (STATUS_REPORTED, "IN_PROGRESS GREEN 40 % (polis)",
 * "lastUpdateAt: … → …", activity 12), the page shows what a coordinator would write ("Lägesrapport", "Pågår, Enligt
 * plan, 40 %", "Senaste lägesrapport", TRYG-3, people's names). Built per page of rows from two lookups made for the
 * whole page at once ({@link #usernames}, {@link #activityIds}), so rendering asks the database nothing per row.
 */
public final class AuditWording {
    /** The recorder's summary of a status report: status, light, progress, reporter. */
    private static final Pattern REPORTED = Pattern.compile("^([A-Z_]+) ([A-Z_]+) (\\d+) % \\((.*)\\)$");
    /** The recorder's line of a changed field. */
    private static final Pattern CHANGE = Pattern.compile("^([A-Za-z]+): (.*) → (.*)$");
    /** Which bundle prefix names a coded value, by "kind of record.field". */
    private static final Map<String, String> VALUE_KEYS = Map.of(
            "ACTIVITY.status", "status.", "ACTIVITY.light", "light.", "AGREEMENT.status", "agreementStatus.",
            "FOLLOW_UP.status", "followUpStatus.", "FOLLOW_UP.kind", "followUpKind.", "ORGANISATION.type", "orgType.",
            "INDICATOR.direction", "direction.");
    /** Fixed summaries and summary beginnings the services write in English → their bundle key. */
    private static final List<Map.Entry<String, String>> SUMMARY_PREFIXES = List.of(
            Map.entry("reporting opened", "auditSummary.reportingOpened"),
            Map.entry("reporting deadline ", "auditSummary.reportingDeadline"),
            Map.entry("reported: ", "auditSummary.reported"),
            Map.entry("assessment", "auditSummary.assessment"),
            Map.entry("adopted: ", "auditSummary.adopted"),
            Map.entry("revises ", "auditSummary.revises"));
    private static final Map<String, String> ACCOUNT_SUFFIXES = Map.of(
            " password reset", "auditSummary.passwordReset", " deactivated", "auditSummary.deactivated",
            " activated", "auditSummary.activated", " password changed by its user", "auditSummary.passwordChanged");

    private final Locale locale;
    private final Map<String, String> names;
    private final Map<Long, String> references;

    AuditWording(Locale locale, Map<String, String> names, Map<Long, String> references) {
        this.locale = locale;
        this.names = names;
        this.references = references;
    }

    /** Every username a page of entries shows: the actors, the reporters of status reports, named reporters. */
    static Set<String> usernames(Collection<AuditEntryView> entries) {
        Set<String> usernames = new HashSet<>();
        for (AuditEntryView e : entries) {
            usernames.add(e.actor());
            Matcher m = REPORTED.matcher(e.summary() == null ? "" : e.summary());
            if ("STATUS_REPORTED".equals(e.action()) && m.matches()) {
                usernames.add(m.group(4));
            }
            for (String line : lines(e.changes())) {
                Matcher c = CHANGE.matcher(line);
                if (c.matches() && c.group(1).equals("reporterUser")) {
                    usernames.add(c.group(2));
                    usernames.add(c.group(3));
                }
            }
        }
        usernames.remove(null);
        return usernames;
    }

    /** The activities a page of entries names by id. */
    static Set<Long> activityIds(Collection<AuditEntryView> entries) {
        return entries.stream().filter(e -> "ACTIVITY".equals(e.subject())).map(AuditEntryView::subjectId)
                .collect(Collectors.toSet());
    }

    /** Who: the person's name, or what was recorded (a pseudonym of a mistyped name, nobody at a refused page). */
    public String actor(AuditEntryView e) {
        return e.actor() == null ? "" : names.getOrDefault(e.actor(), e.actor());
    }

    /** Which record: its kind, and for an activity its reference ("Aktivitet TRYG-3"); the summary names the others. */
    public String subject(AuditEntryView e) {
        String kind = text("auditSubject." + e.subject(), e.subject());
        if (!"ACTIVITY".equals(e.subject())) {
            return kind;
        }
        String reference = references.get(e.subjectId());
        if (reference == null && !"STATUS_REPORTED".equals(e.action())) {
            reference = e.summary(); // the activity's changes record its reference as their summary
        }
        return reference == null ? kind : kind + " " + reference;
    }

    public String action(AuditEntryView e) {
        return text("auditAction." + e.action(), e.action());
    }

    public String summary(AuditEntryView e) {
        String s = e.summary();
        if (s == null) {
            return "";
        }
        Matcher reported = REPORTED.matcher(s);
        if ("STATUS_REPORTED".equals(e.action()) && reported.matches()) {
            return text("status." + reported.group(1), reported.group(1)) + ", "
                    + text("light." + reported.group(2), reported.group(2)) + ", "
                    + Figures.percent(Double.valueOf(reported.group(3)), locale);
        }
        if ("SIGN_IN".equals(e.subject())) {
            return text("auditOutcome." + s, s);
        }
        if ("FOLLOW_UP".equals(e.subject())) {
            for (Map.Entry<String, String> prefix : SUMMARY_PREFIXES) {
                if (s.startsWith(prefix.getKey())) {
                    return text(prefix.getValue(), prefix.getKey()) + s.substring(prefix.getKey().length());
                }
            }
        }
        if ("USER_ACCOUNT".equals(e.subject())) {
            for (Map.Entry<String, String> suffix : ACCOUNT_SUFFIXES.entrySet()) {
                if (s.endsWith(suffix.getKey())) {
                    return s.substring(0, s.length() - suffix.getKey().length()) + " – " + text(suffix.getValue(),
                            suffix.getKey().strip());
                }
            }
        }
        return s;
    }

    /** The changed fields, one per line: the field's name and its values in words ("Status: Planerad → Pågår"). */
    public String changes(AuditEntryView e) {
        return lines(e.changes()).stream().map(line -> change(e.subject(), line)).collect(Collectors.joining("\n"));
    }

    private String change(String subject, String line) {
        Matcher c = CHANGE.matcher(line);
        if (!c.matches()) {
            return line;
        }
        String field = c.group(1);
        return text("auditField." + field, field) + ": " + value(subject, field, c.group(2)) + " → "
                + value(subject, field, c.group(3));
    }

    private String value(String subject, String field, String value) {
        if (value.equals("–")) {
            return value;
        }
        if (value.equals("(changed)")) {
            return text("audit.changed", value);
        }
        if (field.equals("reporterUser")) {
            return names.getOrDefault(value, value);
        }
        String prefix = VALUE_KEYS.get(subject + "." + field);
        if (prefix != null) {
            return text(prefix + value, value);
        }
        if (value.equals("true") || value.equals("false")) {
            return text(value.equals("true") ? "agreement.yes" : "agreement.no", value);
        }
        if (value.length() >= 16 && value.charAt(10) == 'T') {
            try {
                return Figures.dateTime(LocalDateTime.parse(value), locale);
            } catch (DateTimeParseException notATime) {
                return value;
            }
        }
        return value;
    }

    private static List<String> lines(String changes) {
        return changes == null || changes.isEmpty() ? List.of() : Arrays.asList(changes.split("\n"));
    }

    /** The bundle's text, or the code itself where the bundle has none (a code recorded before it had words). */
    private String text(String key, String fallback) {
        String text = Messages.in(locale, key);
        return text.equals(key) ? fallback : text;
    }
}
