package se.samspar.web.api.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measured value of an indicator for a period; a value already recorded for the period is replaced. */
@Schema(name = "MeasurementRequest", requiredProperties = {"period", "value"})
public record MeasurementRequest(
        String period,
        BigDecimal value,
        String comment) {
}
