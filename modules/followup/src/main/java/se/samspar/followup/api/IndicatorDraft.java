package se.samspar.followup.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import se.samspar.platform.api.FreeText;

/**
 * An indicator (nyckeltal) of a goal: what is measured, in which unit, which way is better, the
 * baseline and target with their years, where the figures come from, and the tolerance within
 * which a value counts as near target.
 */
public record IndicatorDraft(@NotNull Long goalId,
                             @NotBlank @Size(max = 200) @FreeText String name,
                             @NotBlank @Size(max = 40) @FreeText String unit,
                             @NotNull IndicatorDirection direction,
                             BigDecimal baseline,
                             @Min(1900) @Max(2200) Integer baselineYear,
                             @NotNull BigDecimal target,
                             @Min(1900) @Max(2200) Integer targetYear,
                             @PositiveOrZero BigDecimal tolerance,
                             @Size(max = 200) @FreeText String source) {
}
