package se.samspar.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    /** Values that take minutes or gigabytes to round or spell out, and cost nothing to compare. */
    private static final List<BigDecimal> PATHOLOGICAL = List.of(
            new BigDecimal("1e-400000002"),
            new BigDecimal("-1e-400000002"),
            new BigDecimal("1e400000000"),
            new BigDecimal("9.99e2147483000"),
            new BigDecimal("1e-2147483647"),
            new BigDecimal("0e-400000002").add(new BigDecimal("1e-400000002")),
            new BigDecimal(BigInteger.TEN.pow(5000), 400000002));

    @Test
    void readsDecimalsAsPeopleTypeThem() {
        assertEquals(new BigDecimal("2.5"), Decimals.parse("2,5"));
        assertEquals(new BigDecimal("2.5"), Decimals.parse("2.5"));
        assertEquals(new BigDecimal("1200.25"), Decimals.parse(" 1 200,25 "));
        assertEquals(new BigDecimal("1200"), Decimals.parse("1\u00a0200"));
        assertEquals(new BigDecimal("-3"), Decimals.parse("-3"));
        assertEquals(new BigDecimal("0.5"), Decimals.parse(",5"));
        assertEquals(new BigDecimal("12345678901234567890"), Decimals.parse("12345678901234567890"));
        assertNull(Decimals.parse(null));
        assertNull(Decimals.parse("  "));
    }

    @Test
    void refusesExponentsLongTextAndWhatIsNoNumber() {
        for (String refused : List.of("1e-400000002", "1E5", "2,5e1", "1e", "0x10", "NaN", "Infinity", "2,5,1",
                "1.2.3", "abc", "1-2", "--1", ".", "12345678901234567890,1", "1".repeat(21),
                "0," + "0".repeat(100_000) + "1", "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1")) {
            assertThrows(NumberFormatException.class, () -> Decimals.parse(refused), refused);
        }
    }

    @Test
    void aValueFitsItsColumnAsDigitsCountsIt() {
        // DECIMAL(9, 2): 7 digits before the point, 2 after.
        assertTrue(Decimals.fits(new BigDecimal("9999999.99"), 7, 2));
        assertTrue(Decimals.fits(new BigDecimal("2.50000"), 7, 2), "trailing zeros aside");
        assertTrue(Decimals.fits(new BigDecimal("1e2"), 7, 2));
        assertTrue(Decimals.fits(BigDecimal.ZERO.setScale(40), 7, 2));
        assertTrue(Decimals.fits(null, 7, 2));
        assertFalse(Decimals.fits(new BigDecimal("10000000"), 7, 2));
        assertFalse(Decimals.fits(new BigDecimal("2.555"), 7, 2));
        assertFalse(Decimals.fits(new BigDecimal("0.001"), 12, 2));
    }

    @Test
    void pathologicalValuesAreRefusedInMilliseconds() {
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
            for (BigDecimal value : PATHOLOGICAL) {
                assertFalse(Decimals.fits(value, 7, 2), value::toString);
                assertFalse(Decimals.fits(value, 12, 3), value::toString);
                InvalidInput refused = assertThrows(InvalidInput.class,
                        () -> Decimals.require("hoursSpent", value, 7, 2));
                assertEquals("hoursSpent", refused.problems().get(0).field());
                assertTrue(Decimals.plain(value).length() <= value.unscaledValue().bitLength() / 3 + 20,
                        "written out in scientific form, not digit by digit");
            }
        });
    }

    @Test
    void theRefusalSaysHowManyDigitsFit() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> Decimals.require("value", new BigDecimal("1e-400000002"), 12, 3));
        FieldProblem p = refused.problems().get(0);
        assertEquals(new FieldProblem("value", Decimals.DIGITS_KEY, Map.of("integer", 12, "fraction", 3)), p);
        assertEquals("Högst 12 siffror före och 3 efter decimaltecknet.", p.message(Locales.SWEDISH));
        assertEquals("At most 12 digits before and 3 after the decimal point.", p.message(Locales.ENGLISH));
        BigDecimal fine = new BigDecimal("12.5");
        assertSame(fine, Decimals.require("value", fine, 12, 3));
    }

    @Test
    void writesValuesBackPlainly() {
        assertEquals("2.5", Decimals.plain(new BigDecimal("2.50")));
        assertEquals("1200", Decimals.plain(new BigDecimal("1.2e3")));
        assertEquals("", Decimals.plain(null));
        assertEquals("1E-400000002", Decimals.plain(new BigDecimal("1e-400000002")));
    }
}
