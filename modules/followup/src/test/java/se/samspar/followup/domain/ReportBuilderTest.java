package se.samspar.followup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.AgreementProgress;
import se.samspar.actionplan.api.Progress;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.followup.api.AreaAssessment;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.followup.api.FollowUpView;
import se.samspar.followup.api.IndicatorDirection;
import se.samspar.followup.api.IndicatorRating;
import se.samspar.followup.api.IndicatorView;
import se.samspar.followup.api.ResultKind;

/** The report adoption freezes: every area in order, every activity, the updates given, roll-ups, marks. */
class ReportBuilderTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    private static final LocalDateTime TAKEN = LocalDateTime.of(2025, 1, 15, 10, 0);

    private final AgreementStructure structure = new AgreementStructure(
            new AgreementView(7, "Samverkansöverenskommelse Huddinge 2023–2024", LocalDate.of(2023, 1, 1),
                    LocalDate.of(2024, 12, 31), AgreementStatus.ACTIVE, "KS-2022/1", "Kommunstyrelsen", null, null,
                    60, true, null, 1),
            List.of(party(20, "Polismyndigheten", 2), party(10, "Huddinge kommun", 1)),
            List.of(area(2, "TRYG", "Trygghet", 2, List.of()),
                    area(1, "VINR", "Våld i nära relation", 1, List.of(new GoalView(100, 1, null,
                            "Våld i nära relationer ska upphöra", null, 1, 1, List.of())))));

    private static PartyView party(long id, String name, int order) {
        return new PartyView(id, 7, id * 10, name, null, OrganisationType.OTHER, null, null, null, null, order, 1);
    }

    private static PriorityAreaView area(long id, String code, String name, int order, List<GoalView> goals) {
        return new PriorityAreaView(id, 7, code, name, null, order, 1, goals);
    }

    private static ActivityView activity(long id, long area, String ref, long lead, ActivityStatus status, int progress,
                                         int order, boolean overdue) {
        return new ActivityView(id, 7, area, area == 1 ? 100L : null, ref, "Aktivitet " + ref, null, lead, Set.of(), null,
                null, LocalDate.of(2023, 2, 1), LocalDate.of(2024, 6, 30), status,
                status == ActivityStatus.IN_PROGRESS ? TrafficLight.RED : TrafficLight.GREEN, progress, 1, order, null,
                null, overdue, overdue, 1);
    }

    private FollowUpReport build() {
        FollowUpView followUp = new FollowUpView(3, 7, FollowUpKind.ANNUAL, "Årsuppföljning 2024",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), FollowUpStatus.REPORTING, "Sammanfattning",
                null, Map.of(1L, new AreaAssessment(1, "Bra samverkan", TrafficLight.YELLOW,
                        ResultKind.PROCESS)),
                Map.of(20L, new FollowUpView.PartyReported(20, "Erik Sandberg", TAKEN.minusDays(1))), null, null, null,
                4);
        List<ActivityView> activities = List.of(
                activity(51, 1, "VINR-2", 10, ActivityStatus.COMPLETED, 100, 2, false),
                activity(50, 1, "VINR-1", 20, ActivityStatus.IN_PROGRESS, 40, 1, true),
                activity(52, 1, "VINR-3", 10, ActivityStatus.CANCELLED, 10, 3, false));
        StatusUpdateView update = new StatusUpdateView(900, 50, ActivityStatus.IN_PROGRESS, TrafficLight.RED, 40,
                "Försenad", new BigDecimal("6.5"), "Erik Sandberg", 200L, LocalDateTime.of(2024, 5, 2, 9, 0));
        StatusUpdateView byMunicipality = new StatusUpdateView(901, 52, ActivityStatus.CANCELLED, TrafficLight.GREEN,
                100, "Klar", new BigDecimal("3"), "Anna Lind", 100L, LocalDateTime.of(2024, 6, 2, 9, 0));
        StatusUpdateView noHours = new StatusUpdateView(902, 52, ActivityStatus.CANCELLED, TrafficLight.GREEN,
                100, null, null, "Anna Lind", 100L, LocalDateTime.of(2024, 6, 3, 9, 0));
        AgreementProgress progress = new AgreementProgress(Progress.of(OptionalDouble.of(70), 2),
                Map.of(1L, Progress.of(OptionalDouble.of(70), 2)), Map.of(), Map.of(10L, Progress.of(OptionalDouble.of(100), 1),
                20L, Progress.of(OptionalDouble.of(40), 1)));
        IndicatorView indicator = new IndicatorView(60, 7, 1, 100, "Anmälda misshandelsfall", "antal",
                IndicatorDirection.LOWER_IS_BETTER, new BigDecimal("120"), 2022, new BigDecimal("100"), 2024,
                new BigDecimal("10"), "Polisen", List.of(new FollowUpReport.Measurement("2024", new BigDecimal("105"), null)),
                IndicatorRating.NEAR_TARGET, 1, ResultKind.EFFECT);
        return ReportBuilder.build(new ReportBuilder.Input(followUp, structure, activities, Map.of(50L, List.of(update), 52L,
                List.of(byMunicipality, noHours)),
                progress, List.of(indicator), TAKEN));
    }

    @Test
    void holdsEveryAreaInOrderWithItsActivitiesInTheirOrder() {
        FollowUpReport r = build();
        assertEquals(List.of("VINR", "TRYG"), r.areas().stream().map(FollowUpReport.Area::code).toList());
        FollowUpReport.Area vinr = r.areas().get(0);
        assertEquals(List.of("VINR-1", "VINR-2", "VINR-3"),
                vinr.activities().stream().map(FollowUpReport.Activity::reference).toList());
        assertEquals("Bra samverkan", vinr.assessment());
        assertEquals(TrafficLight.YELLOW, vinr.light());
        assertEquals(70, vinr.progress());
        assertEquals(1, vinr.completed());
        FollowUpReport.Area tryg = r.areas().get(1);
        assertTrue(tryg.activities().isEmpty());
        assertNull(tryg.progress(), "nothing to roll up is no progress, never 0 %");
        assertNull(tryg.assessment());
    }

    @Test
    void eachActivityCarriesItsStateGoalLeadAndTheUpdatesInThePeriod() {
        FollowUpReport.Activity vinr1 = build().areas().get(0).activities().get(0);
        assertEquals("Polismyndigheten", vinr1.leadParty());
        assertEquals("Våld i nära relationer ska upphöra", vinr1.goal());
        assertEquals(ActivityStatus.IN_PROGRESS, vinr1.status());
        assertEquals(40, vinr1.progress());
        assertTrue(vinr1.overdue());
        assertEquals(1, vinr1.updates().size());
        assertEquals("Försenad", vinr1.updates().get(0).comment());
        assertTrue(build().areas().get(0).activities().get(1).updates().isEmpty());
    }

    @Test
    void keyFiguresPartiesAndIndicators() {
        FollowUpReport r = build();
        assertEquals(new FollowUpReport.Figures(3, 1, 1, 1, 1, 70, new BigDecimal("9.5")), r.figures());
        assertEquals(List.of("Huddinge kommun", "Polismyndigheten"),
                r.parties().stream().map(FollowUpReport.Party::organisation).toList(), "in the agreement's order");
        FollowUpReport.Party police = r.parties().get(1);
        assertTrue(police.reported());
        assertEquals("Erik Sandberg", police.reportedBy());
        assertEquals(1, police.activities());
        assertEquals(40, police.progress());
        assertFalse(r.parties().get(0).reported());
        FollowUpReport.Indicator indicator = r.areas().get(0).indicators().get(0);
        assertEquals("Våld i nära relationer ska upphöra", indicator.goal());
        assertEquals(IndicatorRating.NEAR_TARGET, indicator.rating());
        assertEquals("KS-2022/1", r.agreementDiaryNumber());
        assertEquals(TAKEN, r.takenAt());
    }

    @Test
    void hoursAreSummedPerActivityAndPerPartyThatReportedThem() {
        FollowUpReport r = build();
        FollowUpReport.Area vinr = r.areas().get(0);
        assertEquals(new BigDecimal("6.5"), vinr.activities().get(0).hours());
        assertEquals(BigDecimal.ZERO, vinr.activities().get(1).hours());
        assertEquals(new BigDecimal("3"), vinr.activities().get(2).hours(), "an update without hours adds nothing");
        assertEquals(new BigDecimal("3"), r.parties().get(0).hours(), "the municipality reported 3 hours");
        assertEquals(new BigDecimal("6.5"), r.parties().get(1).hours(), "the police reported 6.5 hours");
        assertEquals(new BigDecimal("9.5"), r.hours());
    }

    @Test
    void kindsOfFollowUpAreCarriedAndProblemsLeadToTheirMeasuresAndResult() {
        FollowUpReport r = build();
        assertEquals(ResultKind.PROCESS, r.areas().get(0).assessmentKind());
        assertEquals(ResultKind.EFFECT, r.areas().get(0).indicators().get(0).kind());
        FollowUpReport.Problem problem = new FollowUpReport.Problem(5, "Våld mot äldre", "DOMESTIC_VIOLENCE",
                List.of(50L, 51L), List.of(60L));
        FollowUpReport with = r.withProblems(List.of(problem));
        assertEquals(List.of("VINR-1", "VINR-2"),
                with.measuresOf(problem).stream().map(FollowUpReport.Activity::reference).toList());
        assertEquals(new FollowUpReport.ProblemResult(2, 1, 70, new BigDecimal("6.5")), with.resultOf(problem));
        assertEquals(List.of("Anmälda misshandelsfall"),
                with.indicatorsOf(problem).stream().map(FollowUpReport.Indicator::name).toList());
        assertTrue(with.withoutProblem().isEmpty(), "VINR-3 is cancelled, the others address the problem");
        assertEquals(List.of("VINR-1", "VINR-2"),
                r.withoutProblem().stream().map(FollowUpReport.Activity::reference).toList());
    }
}
