package se.samspar.web.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samspar.followup.api.AnnualFigures;
import se.samspar.followup.api.FollowUpReport;

/**
 * Adopted annual follow-ups side by side (oldest first): per priority area (by code) the share
 * completed and the progress each year, and per indicator (by name) its latest value each year.
 * Built from the snapshots' figures only, so a year shows what the board adopted for it.
 */
public record YearComparison(List<AnnualFigures> years, List<Row> areas, List<Row> indicators) {

    /** One line of the comparison: its label and one cell per year (null where that year has none). */
    public record Row(String label, List<Cell> cells) {
    }

    public record Cell(Integer completed, Integer activities, Integer progress, java.math.BigDecimal value,
                       String unit, se.samspar.followup.api.IndicatorRating rating) {
    }

    static YearComparison of(List<FollowUpReport> reports) {
        return ofFigures(reports.stream().map(AnnualFigures::of).toList());
    }

    /** From the figures kept of each adopted snapshot (the board: no snapshot read per request). */
    static YearComparison ofFigures(List<AnnualFigures> years) {
        Map<String, String> areaNames = new LinkedHashMap<>();
        Map<String, String> indicatorUnits = new LinkedHashMap<>();
        for (AnnualFigures y : years) {
            y.areas().forEach(a -> {
                areaNames.putIfAbsent(a.code(), a.name() + " (" + a.code() + ")");
                a.indicators().forEach(i -> indicatorUnits.putIfAbsent(i.name(), i.unit()));
            });
        }
        List<Row> areas = new ArrayList<>();
        areaNames.forEach((code, label) -> areas.add(new Row(label, years.stream().map(y -> y.areas().stream()
                .filter(a -> a.code().equals(code)).findFirst()
                .map(a -> new Cell(a.completed(), a.activities(), a.progress(), null, null, null))
                .orElse(null)).toList())));
        List<Row> indicators = new ArrayList<>();
        indicatorUnits.forEach((name, unit) -> indicators.add(new Row(name, years.stream().map(y -> y.areas().stream()
                .flatMap(a -> a.indicators().stream()).filter(i -> i.name().equals(name)).findFirst()
                .map(i -> new Cell(null, null, null, i.latest(), i.unit(), i.rating()))
                .orElse(null)).toList())));
        return new YearComparison(years, areas, indicators);
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }
}
