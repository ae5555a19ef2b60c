package se.samspar.followup.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import se.samspar.platform.api.Decimals;
import se.samspar.platform.api.FreeText;

/** A measured value (utfall) of an indicator for a period: a year ("2024"), half-year ("2024-H1") or quarter ("2024-Q3"). */
public record MeasurementDraft(@NotBlank @Pattern(regexp = "\\d{4}(-(H[12]|Q[1-4]))?", message = "{samspar.period.format}") String period,
                               @NotNull @Digits(integer = IndicatorDraft.INTEGER, fraction = IndicatorDraft.FRACTION,
                                       message = "{" + Decimals.DIGITS_KEY + "}") BigDecimal value,
                               @Size(max = 1000) @FreeText String comment) {
}
