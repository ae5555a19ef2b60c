package se.samspar.followup.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import se.samspar.platform.api.Decimals;
import se.samspar.platform.api.FreeText;

/**
 * An indicator (nyckeltal) of a goal: what is measured, in which unit, which way is better, the
 * baseline and target with their years, where the figures come from, and the tolerance within
 * which a value counts as near target, and optionally which of Brå's kinds of follow-up it serves. Values fit their columns, {@code DECIMAL(15, 3)}:
 * {@link #INTEGER} digits before the point, {@link #FRACTION} after.
 */
public record IndicatorDraft(@NotNull Long goalId,
                             @NotBlank @Size(max = 200) @FreeText String name,
                             @NotBlank @Size(max = 40) @FreeText String unit,
                             @NotNull IndicatorDirection direction,
                             @Digits(integer = INTEGER, fraction = FRACTION, message = "{" + Decimals.DIGITS_KEY + "}")
                             BigDecimal baseline,
                             @Min(1900) @Max(2200) Integer baselineYear,
                             @NotNull @Digits(integer = INTEGER, fraction = FRACTION,
                                     message = "{" + Decimals.DIGITS_KEY + "}") BigDecimal target,
                             @Min(1900) @Max(2200) Integer targetYear,
                             @PositiveOrZero @Digits(integer = INTEGER, fraction = FRACTION,
                                     message = "{" + Decimals.DIGITS_KEY + "}") BigDecimal tolerance,
                             @Size(max = 200) @FreeText String source,
                             ResultKind kind) {

    /** An indicator not marked with one of Brå's kinds of follow-up. */
    public IndicatorDraft(Long goalId, String name, String unit, IndicatorDirection direction, BigDecimal baseline,
                          Integer baselineYear, BigDecimal target, Integer targetYear, BigDecimal tolerance,
                          String source) {
        this(goalId, name, unit, direction, baseline, baselineYear, target, targetYear, tolerance, source, null);
    }

    /** Digits before the decimal point that an indicator's or a measurement's value may have. */
    public static final int INTEGER = 12;
    /** Digits after the decimal point. */
    public static final int FRACTION = 3;
}
