package se.samspar.web.faces;

import se.samspar.web.faces.Figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
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

    @Test
    void decimalsFollowTheLanguageAndNothingIsADash() {
        assertEquals("2,5", Figures.decimal(new BigDecimal("2.50"), SV));
        assertEquals("2.5", Figures.decimal(new BigDecimal("2.50"), EN));
        assertEquals("3", Figures.decimal(new BigDecimal("3.00"), SV));
        assertEquals("1\u00a0234,25", Figures.decimal(new BigDecimal("1234.25"), SV));
        assertEquals("–", Figures.decimal(null, SV));
    }
}
