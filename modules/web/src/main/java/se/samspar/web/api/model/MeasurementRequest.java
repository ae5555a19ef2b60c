package se.samspar.web.api.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measured value of an indicator for a period; a value already recorded for the period is replaced. */
@Schema(name = "MeasurementRequest", requiredProperties = {"period", "value"})
public record MeasurementRequest(
        @Schema(example = "2024", description = "a year (2024), half-year (2024-H1) or quarter (2024-Q3)") String period,
        @Schema(example = "37.5") BigDecimal value,
        @Schema(example = "Enligt trygghetsmätningen hösten 2024", maxLength = 1000) String comment) {
}
