package se.samspar.platform.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import org.junit.jupiter.api.Test;

/** The comparison a move must pass: equal where the databases merely spell a value differently, unequal otherwise. */
class MovedValuesTest {

    @Test
    void numbersAreEqualByValueWhateverTheirScaleOrType() {
        assertTrue(MovedValues.same(new BigDecimal("2.50"), new BigDecimal("2.5")));
        assertTrue(MovedValues.same(7, 7L));
        assertFalse(MovedValues.same(new BigDecimal("2.50"), new BigDecimal("2.51")));
        assertFalse(MovedValues.same(7, 8L));
    }

    @Test
    void timestampsAreEqualToTheMicrosecond() {
        Timestamp derby = Timestamp.valueOf("2026-11-30 12:34:56.789012345");
        assertTrue(MovedValues.same(derby, Timestamp.valueOf("2026-11-30 12:34:56.789012")),
                "PostgreSQL keeps microseconds");
        assertFalse(MovedValues.same(derby, Timestamp.valueOf("2026-11-30 12:34:56.789013")));
        assertFalse(MovedValues.same(derby, Timestamp.valueOf("2026-11-30 12:34:57.789012")));
    }

    @Test
    void bytesTextDatesAndNullsAreEqualOnlyWhenTheyAre() {
        assertTrue(MovedValues.same(new byte[] {1, 2, (byte) 255}, new byte[] {1, 2, (byte) 255}));
        assertFalse(MovedValues.same(new byte[] {1, 2, (byte) 255}, new byte[] {1, 2, (byte) 254}));
        assertTrue(MovedValues.same("Åsa 🚓", "Åsa 🚓"));
        assertFalse(MovedValues.same("Åsa", "Asa"));
        assertTrue(MovedValues.same(Date.valueOf("2024-12-31"), Date.valueOf("2024-12-31")));
        assertFalse(MovedValues.same(Date.valueOf("2024-12-31"), Date.valueOf("2024-12-30")));
        assertTrue(MovedValues.same(null, null));
        assertFalse(MovedValues.same(null, ""));
        assertFalse(MovedValues.same(Boolean.TRUE, Boolean.FALSE));
    }
}
