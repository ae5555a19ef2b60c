package se.samspar.web.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.web.faces.Figures;
import se.samspar.web.faces.Messages;

/** Texts and figures in the document's language. */
record ReportText(Locale locale) {
    /** Nothing to show is a dash, never an empty cell. */
    static String orDash(String s) {
        return s == null || s.isBlank() ? Figures.NOTHING : s;
    }

    String get(String key) {
        return Messages.in(locale, key);
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

    /** "Socialnämnden, 18 februari 2025, § 12, dnr SN-2025/123". */
    String decision(FollowUpReport r) {
        return decision(r.decision());
    }

    /** The one way a decision is written: on the follow-up page, the board page, the PDF and the XLSX. */
    String decision(se.samspar.followup.api.Decision d) {
        if (d == null) {
            return Figures.NOTHING;
        }
        return d.body() + ", " + date(d.date()) + (d.paragraph() == null ? ""
                : ", " + (d.paragraph().startsWith("§") ? d.paragraph() : "§ " + d.paragraph())) + ", "
                + get("pdf.diaryAbbrev") + " " + d.diaryNumber();
    }
}
