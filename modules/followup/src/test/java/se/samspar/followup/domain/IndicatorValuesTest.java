package se.samspar.followup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.samspar.followup.api.IndicatorDirection;
import se.samspar.followup.api.IndicatorDraft;
import se.samspar.platform.api.InvalidInput;

/** Indicator and measurement values fit DECIMAL(15, 3) or are refused at their field, never rounded. */
class IndicatorValuesTest {
    private static final BigDecimal HUGE_SCALE = new BigDecimal("1e-400000002");
    private static final BigDecimal HUGE = new BigDecimal("1e400000000");

    private static IndicatorDraft draft(BigDecimal baseline, BigDecimal target, BigDecimal tolerance) {
        return new IndicatorDraft(1L, "Anmälda bränder", "antal", IndicatorDirection.LOWER_IS_BETTER, baseline, 2022,
                target, 2025, tolerance, null);
    }

    private static String refusedField(Runnable work) {
        InvalidInput e = assertThrows(InvalidInput.class, work::run);
        assertEquals("samspar.number.digits", e.problems().get(0).key());
        return e.problems().get(0).field();
    }

    @Test
    void valuesThatDoNotFitAreRefusedAtTheirFieldInMilliseconds() {
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
            Indicator i = new Indicator(1L);
            BigDecimal ok = new BigDecimal("30");
            assertEquals("baseline", refusedField(() -> i.define(draft(HUGE_SCALE, ok, null), 2L)));
            assertEquals("target", refusedField(() -> i.define(draft(null, HUGE, null), 2L)));
            assertEquals("tolerance", refusedField(() -> i.define(draft(null, ok, new BigDecimal("0.0005")), 2L)));
            Measurement m = new Measurement(1L, "2024");
            assertEquals("value", refusedField(() -> m.record(HUGE_SCALE, null)));
            assertEquals("value", refusedField(() -> m.record(new BigDecimal("1000000000000"), null)));
        });
    }

    @Test
    void valuesThatFitAreKeptAsGiven() {
        Indicator i = new Indicator(1L);
        i.define(draft(new BigDecimal("999999999999.999"), new BigDecimal("-12.5"), null), 2L);
        assertEquals(new BigDecimal("999999999999.999"), i.baseline());
        Measurement m = new Measurement(1L, "2024");
        m.record(new BigDecimal("34.125"), null);
        assertEquals(new BigDecimal("34.125"), m.value());
    }
}
