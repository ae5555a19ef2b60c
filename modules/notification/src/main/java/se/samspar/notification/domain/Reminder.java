package se.samspar.notification.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The reminders' composition: the weekly digest (overdue activities first, each group soonest due first, undated
 * last) and the notes about follow-ups and handed-over activities. Dates as 2024-03-14 in both languages, as the
 * exports write them. {@code link}: where users reach Samspår (null: no link).
 */
public final class Reminder {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final Comparator<DigestItem> DUE = Comparator.comparing(DigestItem::dueDate,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DigestItem::reference);

    private Reminder() {
    }

    /**
     * The digest of these items; empty when there are none. {@code total}: how many wait in all, when more than the
     * items listed.
     */
    public static Optional<Mail> digest(String language, String name, List<DigestItem> items, long total,
                                        String link) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        MailText t = MailText.in(language);
        List<DigestItem> overdue = items.stream().filter(DigestItem::overdue).sorted(DUE).toList();
        List<DigestItem> rest = items.stream().filter(i -> !i.overdue()).sorted(DUE).toList();
        long all = Math.max(total, items.size());
        StringBuilder body = new StringBuilder(t.text("greeting", name)).append("\n\n")
                .append(t.text("digest.intro", all)).append('\n');
        section(body, t, t.text("digest.overdue", overdue.size()), overdue);
        section(body, t, t.text("digest.toReport", rest.size()), rest);
        if (all > items.size()) {
            body.append('\n').append(t.text("digest.more", all - items.size())).append('\n');
        }
        return Optional.of(new Mail(t.text("digest.subject", all, overdue.size()), ending(body, t, link, true)));
    }

    public static Mail reportingOpened(String language, String name, String followUp, String agreement,
                                       LocalDate deadline, int remaining, String link) {
        MailText t = MailText.in(language);
        StringBuilder body = new StringBuilder(t.text("greeting", name)).append("\n\n")
                .append(t.text("opened.body", followUp, agreement, remaining)).append('\n');
        if (deadline != null) {
            body.append(t.text("opened.deadline", DATE.format(deadline))).append('\n');
        }
        return new Mail(t.text("opened.subject", followUp), ending(body, t, link, false));
    }

    public static Mail reportingDeadline(String language, String name, String followUp, String agreement,
                                         LocalDate deadline, int remaining, String link) {
        MailText t = MailText.in(language);
        StringBuilder body = new StringBuilder(t.text("greeting", name)).append("\n\n")
                .append(t.text("deadline.body", followUp, agreement, DATE.format(deadline), remaining)).append('\n');
        return new Mail(t.text("deadline.subject", followUp, DATE.format(deadline)), ending(body, t, link, false));
    }

    public static Mail handedOver(String language, String name, String reference, String title, String agreement,
                                  String party, String link) {
        MailText t = MailText.in(language);
        StringBuilder body = new StringBuilder(t.text("greeting", name)).append("\n\n")
                .append(t.text("handedOver.body", reference, title, agreement, party)).append('\n');
        return new Mail(t.text("handedOver.subject", reference, title), ending(body, t, link, false));
    }

    private static void section(StringBuilder body, MailText t, String heading, List<DigestItem> items) {
        if (items.isEmpty()) {
            return;
        }
        body.append('\n').append(heading).append('\n');
        for (DigestItem i : items) {
            body.append("- ").append(i.reference()).append(' ').append(i.title()).append(" (").append(i.agreement())
                    .append(")");
            if (i.dueDate() != null) {
                body.append(", ").append(t.text("digest.due", DATE.format(i.dueDate())));
            }
            body.append('\n');
        }
    }

    private static String ending(StringBuilder body, MailText t, String link, boolean weekly) {
        List<String> lines = new ArrayList<>();
        if (link != null && !link.isBlank()) {
            String base = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
            lines.add(t.text("link", base + "/"));
            lines.add(t.text("optOut", base + "/password"));
        } else {
            lines.add(t.text("optOut.noLink"));
        }
        if (weekly) {
            lines.add(0, t.text("digest.weekly"));
        }
        return body.append('\n').append(String.join("\n", lines)).append('\n').toString();
    }
}
