package se.samspar.actionplan.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import se.samspar.platform.api.FreeText;

/** A status report (lägesrapport) as the reporter enters it. */
public record StatusReport(
        @NotNull ActivityStatus status,
        @NotNull TrafficLight light,
        @Min(0) @Max(100) int progress,
        @Size(max = 4000) @FreeText String comment,
        @DecimalMin("0") @DecimalMax("10000") BigDecimal hoursSpent,
        @NotBlank @Size(max = 200) @FreeText String reportedBy,
        Long reporterOrganisationId) {
}
