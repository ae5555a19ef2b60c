package se.samspar.followup.domain;

import java.math.BigDecimal;
import se.samspar.followup.api.IndicatorDirection;
import se.samspar.followup.api.IndicatorRating;

/**
 * Rule 8: a value is on target when it has reached the target in the indicator's direction, near
 * target when it falls short by no more than the tolerance, and off target otherwise.
 */
public final class IndicatorRatings {
    private IndicatorRatings() {
    }

    public static IndicatorRating rate(IndicatorDirection direction, BigDecimal target, BigDecimal tolerance,
                                       BigDecimal value) {
        if (value == null || target == null || direction == null) {
            return IndicatorRating.NONE;
        }
        BigDecimal margin = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
        // How far the value falls short of the target, in the direction that counts; <= 0 means reached.
        BigDecimal shortfall = direction == IndicatorDirection.HIGHER_IS_BETTER ? target.subtract(value)
                : value.subtract(target);
        if (shortfall.signum() <= 0) {
            return IndicatorRating.ON_TARGET;
        }
        return shortfall.compareTo(margin) <= 0 ? IndicatorRating.NEAR_TARGET : IndicatorRating.OFF_TARGET;
    }
}
