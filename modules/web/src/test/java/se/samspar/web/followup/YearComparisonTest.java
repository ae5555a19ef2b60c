package se.samspar.web.followup;

import se.samspar.web.faces.Figures;
import se.samspar.web.followup.YearComparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.followup.api.IndicatorDirection;
import se.samspar.followup.api.IndicatorRating;

/** Annual follow-ups side by side: areas and indicators matched across years, a gap where a year lacks one. */
class YearComparisonTest {

    private static FollowUpReport year(int year, List<FollowUpReport.Area> areas) {
        return new FollowUpReport(year, 1, "Överenskommelse", null, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
                FollowUpKind.ANNUAL, "Årsuppföljning " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                FollowUpStatus.ADOPTED, null, null, null, null, null, null,
                new FollowUpReport.Figures(0, 0, 0, 0, 0, null), areas, List.of(), null);
    }

    private static FollowUpReport.Area area(String code, int completed, int of, Integer progress,
                                            List<FollowUpReport.Indicator> indicators) {
        List<FollowUpReport.Activity> activities = java.util.stream.IntStream.range(0, of)
                .mapToObj(i -> new FollowUpReport.Activity(i, code + "-" + i, "A", null, "Kommunen", null, null, 0, null,
                        null, false, List.of())).toList();
        return new FollowUpReport.Area(code.hashCode(), code, "Område " + code, null, null, progress, completed, activities,
                indicators);
    }

    private static FollowUpReport.Indicator indicator(String value, IndicatorRating rating) {
        return new FollowUpReport.Indicator(1, null, "Anmälda fall", "antal", IndicatorDirection.LOWER_IS_BETTER, null,
                null, new BigDecimal("100"), null, null, null,
                List.of(new FollowUpReport.Measurement("2023", new BigDecimal("130"), null),
                        new FollowUpReport.Measurement("2024", new BigDecimal(value), null)), rating);
    }

    @Test
    void areasAndIndicatorsLineUpAcrossTheYears() {
        YearComparison c = YearComparison.of(List.of(
                year(2023, List.of(area("VINR", 2, 9, 40, List.of(indicator("120", IndicatorRating.OFF_TARGET))))),
                year(2024, List.of(area("VINR", 5, 9, 70, List.of(indicator("98", IndicatorRating.ON_TARGET))),
                        area("TRYG", 1, 4, 50, List.of())))));
        assertEquals(List.of("Område VINR (VINR)", "Område TRYG (TRYG)"),
                c.areas().stream().map(YearComparison.Row::label).toList());
        YearComparison.Row vinr = c.areas().get(0);
        assertEquals(2, vinr.cells().get(0).completed());
        assertEquals(70, vinr.cells().get(1).progress());
        assertNull(c.areas().get(1).cells().get(0), "no TRYG in 2023");
        YearComparison.Row cases = c.indicators().get(0);
        assertEquals(new BigDecimal("120"), cases.cells().get(0).value(), "the latest value of each year's snapshot");
        assertEquals(IndicatorRating.ON_TARGET, cases.cells().get(1).rating());
        assertTrue(YearComparison.of(List.of()).isEmpty());
    }
}
