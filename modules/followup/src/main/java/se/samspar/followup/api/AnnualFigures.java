package se.samspar.followup.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the year comparison shows of one adopted annual follow-up, taken from its snapshot: per priority area the
 * activities, how many were completed and the progress; per indicator its latest value and rating. A few hundred bytes
 * where the snapshot holds every status update of the year: the board reads these, never the snapshots (issue 12).
 * Snapshots never change (rule 6), so neither do these.
 */
public record AnnualFigures(long followUpId, long agreementId, String title, LocalDate asOf, List<Area> areas) {
    public AnnualFigures {
        areas = List.copyOf(areas);
    }

    public record Area(String code, String name, int completed, int activities, Integer progress,
                       List<Indicator> indicators) {
        public Area {
            indicators = List.copyOf(indicators);
        }
    }

    /** An indicator's latest measurement in the report (null when none) with its unit and rating. */
    public record Indicator(String name, String unit, BigDecimal latest, IndicatorRating rating) {
    }

    /** The figures of a report, as the comparison has always read them from it. */
    public static AnnualFigures of(FollowUpReport report) {
        return new AnnualFigures(report.followUpId(), report.agreementId(), report.title(), report.asOf(),
                report.areas().stream().map(a -> new Area(a.code(), a.name(), a.completed(), a.activities().size(),
                        a.progress(), a.indicators().stream().map(i -> new Indicator(i.name(), i.unit(),
                                i.measurements().isEmpty() ? null
                                        : i.measurements().get(i.measurements().size() - 1).value(), i.rating()))
                        .toList())).toList());
    }
}
