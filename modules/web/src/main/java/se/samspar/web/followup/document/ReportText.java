package se.samspar.web.followup.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.web.faces.Figures;
import se.samspar.web.faces.Messages;

/** Texts and figures in the document's language. */
public record ReportText(Locale locale) {
    /** Nothing to show is a dash, never an empty cell. */
    static String orDash(String s) {
        return s == null || s.isBlank() ? Figures.NOTHING : s;
    }

    String get(String key) {
        return Messages.in(locale, key);
    }

    /** A text as a label that starts a line: "Försenade" for the dashboard's "försenade". */
    String label(String key) {
        String text = get(key);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    String date(LocalDate d) {
        return d == null ? Figures.NOTHING : Figures.date(d, locale);
    }

    String dateTime(java.time.LocalDateTime d) {
        return d == null ? Figures.NOTHING : Figures.dateTime(d, locale);
    }

    String percent(Integer p) {
        return p == null ? Figures.NOTHING : Figures.percent(p.doubleValue(), locale);
    }

    String decimal(BigDecimal v) {
        return v == null ? Figures.NOTHING : Figures.decimal(v, locale);
    }

    String valueYear(BigDecimal v, Integer year) {
        return v == null ? Figures.NOTHING : decimal(v) + (year == null ? "" : " (" + year + ")");
    }

    /** The change of a progress since the year before: "+12 procentenheter (från 40 %)", "oförändrat", or a dash. */
    public String change(Integer now, Integer before) {
        if (now == null || before == null) {
            return Figures.NOTHING;
        }
        int points = now - before;
        if (points == 0) {
            return get("glance.unchanged") + " (" + percent(before) + ")";
        }
        return java.text.MessageFormat.format(get("glance.change"), (points > 0 ? "+" : "\u2212") + Math.abs(points),
                percent(before));
    }

    /** A period as people name it: "2024" for a calendar year, else "from – to". */
    public String period(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.getDayOfYear() == 1 && to.getYear() == from.getYear()
                && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
            return String.valueOf(from.getYear());
        }
        return date(from) + " – " + date(to);
    }

    /**
     * The download's name without extension, ASCII only: agreement, kind and period, e.g.
     * "huddinge-2023-2024-arsuppfoljning-2024" (the generic word "samverkansöverenskommelse" says nothing and is left out).
     */
    public String fileName(FollowUpReport r) {
        String agreement = Figures.slug(r.agreementTitle()).replaceFirst("^(samverkansoverenskommelse|overenskommelse)(-|$)", "");
        if (agreement.length() > 50) {
            agreement = agreement.substring(0, 50).replaceFirst("-[^-]*$", "");
        }
        String period = r.periodFrom() != null && r.periodTo() != null && period(r.periodFrom(), r.periodTo()).length() == 4
                ? String.valueOf(r.periodFrom().getYear())
                : Figures.slug(String.valueOf(r.periodFrom())) + "--" + Figures.slug(String.valueOf(r.periodTo()));
        String name = (agreement.isEmpty() ? "" : agreement + "-") + Figures.slug(get("followUpKind." + r.kind())) + "-" + period;
        return name.replaceAll("^-+|-+$", "");
    }

    /** "Socialnämnden, 18 februari 2025, § 12, dnr SN-2025/123". */
    public String decision(FollowUpReport r) {
        return decision(r.decision());
    }

    /** The one way a decision is written: on the follow-up page, the board page, the PDF and the XLSX. */
    public String decision(se.samspar.followup.api.Decision d) {
        if (d == null) {
            return Figures.NOTHING;
        }
        return d.body() + ", " + date(d.date()) + (d.paragraph() == null ? ""
                : ", " + (d.paragraph().startsWith("§") ? d.paragraph() : "§ " + d.paragraph())) + ", "
                + get("pdf.diaryAbbrev") + " " + d.diaryNumber();
    }
}
