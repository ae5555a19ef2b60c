package se.samspar.followup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samspar.followup.api.IndicatorDirection;
import se.samspar.followup.api.IndicatorRating;

/** Rule 8, both directions, at and around the target and the tolerance. */
class IndicatorRatingsTest {

    @ParameterizedTest(name = "{0}: target {1} ± {2}, value {3} -> {4}")
    @CsvSource(nullValues = "null", value = {
            // Lower is better, e.g. reported assaults: at or under target is reached.
            "LOWER_IS_BETTER, 100, 10, 90, ON_TARGET",
            "LOWER_IS_BETTER, 100, 10, 100, ON_TARGET",
            "LOWER_IS_BETTER, 100, 10, 105, NEAR_TARGET",
            "LOWER_IS_BETTER, 100, 10, 110, NEAR_TARGET",
            "LOWER_IS_BETTER, 100, 10, 110.01, OFF_TARGET",
            "LOWER_IS_BETTER, 100, null, 100.5, OFF_TARGET",
            // Higher is better, e.g. share of staff trained.
            "HIGHER_IS_BETTER, 80, 5, 85, ON_TARGET",
            "HIGHER_IS_BETTER, 80, 5, 80, ON_TARGET",
            "HIGHER_IS_BETTER, 80, 5, 75, NEAR_TARGET",
            "HIGHER_IS_BETTER, 80, 5, 74.9, OFF_TARGET",
            "HIGHER_IS_BETTER, 80, 0, 79.99, OFF_TARGET",
            // A negative tolerance is read as its size.
            "HIGHER_IS_BETTER, 80, -5, 76, NEAR_TARGET",
            "HIGHER_IS_BETTER, 80, 5, null, NONE"})
    void rates(IndicatorDirection direction, BigDecimal target, BigDecimal tolerance, BigDecimal value,
               IndicatorRating expected) {
        assertEquals(expected, IndicatorRatings.rate(direction, target, tolerance, value));
    }
}
