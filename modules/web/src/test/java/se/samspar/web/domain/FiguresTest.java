package se.samspar.web.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {
    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final Locale EN = Locale.forLanguageTag("en-GB");

    @Test
    void noProgressIsADashNeverZero() {
        assertEquals("–", Figures.percent(null, SV));
        assertEquals("–", Figures.percent(null, EN));
        assertEquals("0\u00a0%", Figures.percent(0.0, SV));
    }

    @Test
    void percentFollowsTheLanguage() {
        assertEquals("46\u00a0%", Figures.percent(45.5, SV));
        assertEquals("46%", Figures.percent(45.5, EN));
    }

    @Test
    void swedishDatesAreIso() {
        assertEquals("2024-03-14", Figures.date(LocalDate.of(2024, 3, 14), SV));
        assertEquals("14 Mar 2024", Figures.date(LocalDate.of(2024, 3, 14), EN));
        assertEquals("2024-03-14 09:05", Figures.dateTime(LocalDateTime.of(2024, 3, 14, 9, 5), SV));
        assertEquals("–", Figures.date(null, SV));
    }
}
