package se.samspar.web.faces;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How figures read in each language: Swedish dates as 2024-03-14 and percentages as "45 %",
 * English as 14/03/2024 and "45%". Nothing to show is "–", never 0.
 */
public final class Figures {
    public static final String NOTHING = "–";

    private Figures() {
    }

    public static String percent(Double value, Locale locale) {
        if (value == null) {
            return NOTHING;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(value / 100.0);
    }

    /** A quantity such as hours spent, with at most two decimals: "2,5" in Swedish, "2.5" in English. */
    public static String decimal(BigDecimal value, Locale locale) {
        if (value == null) {
            return NOTHING;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale == null ? Locale.forLanguageTag("sv-SE") : locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return NOTHING;
        }
        return isSwedish(locale) ? date.toString() : date.format(DateTimeFormatter.ofPattern("d MMM yyyy", locale));
    }

    public static String dateTime(LocalDateTime time, Locale locale) {
        if (time == null) {
            return NOTHING;
        }
        return isSwedish(locale)
                ? time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale))
                : time.format(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale));
    }

    private static boolean isSwedish(Locale locale) {
        return locale == null || "sv".equals(locale.getLanguage());
    }

    /**
     * A text as a file name's part, lower-case ASCII letters and digits joined by single hyphens: "Årsuppföljning
     * 2024" becomes "arsuppfoljning-2024".
     */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
