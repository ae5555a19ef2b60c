package se.samspar.actionplan.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import se.samspar.platform.api.Decimals;
import se.samspar.platform.api.FreeText;

/**
 * A status report (lägesrapport) as the reporter enters it. Hours fit their column,
 * {@code DECIMAL(9, 2)}: {@link #HOURS_INTEGER} digits before the point, {@link #HOURS_FRACTION} after.
 */
public record StatusReport(
        @NotNull ActivityStatus status,
        @NotNull TrafficLight light,
        @Min(0) @Max(100) int progress,
        @Size(max = 4000) @FreeText String comment,
        @DecimalMin("0") @DecimalMax("10000")
        @Digits(integer = StatusReport.HOURS_INTEGER, fraction = StatusReport.HOURS_FRACTION,
                message = "{" + Decimals.DIGITS_KEY + "}") BigDecimal hoursSpent,
        @NotBlank @Size(max = 200) @FreeText String reportedBy,
        Long reporterOrganisationId) {

    public static final int HOURS_INTEGER = 7;
    public static final int HOURS_FRACTION = 2;
}
