package se.samspar.followup.api;

import java.math.BigDecimal;
import java.util.List;

/** An indicator with its measurements in period order and the rating of the latest one (rule 8). */
public record IndicatorView(long id, long agreementId, long areaId, long goalId, String name, String unit,
                            IndicatorDirection direction, BigDecimal baseline, Integer baselineYear, BigDecimal target,
                            Integer targetYear, BigDecimal tolerance, String source,
                            List<FollowUpReport.Measurement> measurements, IndicatorRating rating, long version,
                            ResultKind kind) {
    public IndicatorView(long id, long agreementId, long areaId, long goalId, String name, String unit,
                         IndicatorDirection direction, BigDecimal baseline, Integer baselineYear, BigDecimal target,
                         Integer targetYear, BigDecimal tolerance, String source,
                         List<FollowUpReport.Measurement> measurements, IndicatorRating rating, long version) {
        this(id, agreementId, areaId, goalId, name, unit, direction, baseline, baselineYear, target, targetYear,
                tolerance, source, measurements, rating, version, null);
    }

    public IndicatorView {
        measurements = List.copyOf(measurements);
    }

    public FollowUpReport.Measurement latest() {
        return measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
    }
}
