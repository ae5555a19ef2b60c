package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityStatistics;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.Dashboard;
import se.samspar.actionplan.api.DashboardFilter;
import se.samspar.actionplan.api.PlanChange;
import se.samspar.actionplan.api.PlanComparison;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.followup.api.AnnualFigures;
import se.samspar.followup.api.AreaAssessment;
import se.samspar.followup.api.Decision;
import se.samspar.followup.api.FollowUpDraft;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.followup.api.FollowUpView;
import se.samspar.followup.api.FollowUpQueries;
import se.samspar.followup.api.FollowUps;
import se.samspar.followup.api.IndicatorDirection;
import se.samspar.followup.api.IndicatorDraft;
import se.samspar.followup.api.IndicatorRating;
import se.samspar.followup.api.Indicators;
import se.samspar.followup.api.MeasurementDraft;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Locales;
import se.samspar.platform.api.Roles;
import se.samspar.followup.api.FollowUpReportingState;
import se.samspar.followup.api.OpenReporting;
import se.samspar.followup.api.PartiesReporting;
import se.samspar.followup.api.PartyReporting;
import se.samspar.agreement.api.OrganisationDraft;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.agreement.api.PartyDraft;
import se.samspar.platform.api.StaleEdit;
import java.time.LocalDateTime;
import se.samspar.platform.api.SqlStatements;
import se.samspar.web.followup.document.FollowUpDocuments;

/**
 * Follow-up rounds through the services in Payara Micro on Derby: a round to adoption, rule 6 (the
 * adopted report, its PDF text and its XLSX cells stay as adopted after later edits, and nobody
 * can change it), corrections, who sees what, indicators, and the dashboard's statement count with
 * 10,000 activities.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpIT extends WithServices {

    @Inject
    ActivityStatistics statistics;
    @Inject
    FollowUps followUps;
    @Inject
    FollowUpQueries followUpQueries;
    @Inject
    Indicators indicators;
    @Inject
    FollowUpReportingState reportingState;
    @Inject
    FollowUpDocuments documents;
    @Inject
    se.samspar.transfer.api.AgreementImports agreementImport;
    @Inject
    se.samspar.situation.api.SituationPictures situationPictures;
    @Inject
    se.samspar.situation.api.SituationQueries situationQueries;
    @Inject
    se.samspar.situation.api.ProblemMeasures problemMeasures;
    @Resource(lookup = "java:app/jdbc/samspar")
    DataSource dataSource;

    private Fixtures.Built built;
    private Caller coordinator;
    private Caller partner;
    private Caller board;
    private long first;
    private long second;

    @BeforeEach
    void build() {
        built = callers.runAs(Caller.SYSTEM, () -> Fixtures.build(this));
        long municipality = org(built.municipalityParty());
        long police = org(built.policeParty());
        coordinator = new Caller("anna", "Anna Lindqvist", municipality, Set.of(Roles.COORDINATOR),
                Set.of(built.agreementId()), false);
        partner = new Caller("erik", "Erik Sandberg", police, Set.of(Roles.PARTNER), Set.of(), false);
        board = new Caller("maria", "Maria Holm", municipality, Set.of(Roles.BOARD_MEMBER), Set.of(), false);
        first = as(coordinator, () -> activityEditing.create(built.agreementId(), Fixtures.activity(built.areaId(),
                built.subGoalId(), "T1-1", built.policeParty(), Set.of(), 1)));
        second = as(coordinator, () -> activityEditing.create(built.agreementId(), Fixtures.activity(built.areaId(), null,
                "T1-2", built.municipalityParty(), Set.of(built.policeParty()), 2)));
        as(coordinator, () -> statusUpdates.report(first, new StatusReport(ActivityStatus.IN_PROGRESS,
                TrafficLight.YELLOW, 40, "Halvvägs", null, null, null)));
    }

    private long org(long partyId) {
        return as(Caller.SYSTEM, () -> agreements.structure(built.agreementId()).orElseThrow().party(partyId)
                .orElseThrow().organisationId());
    }

    private <T> T as(Caller caller, Supplier<T> work) {
        return callers.runAs(caller, work);
    }

    private void as(Caller caller, Runnable work) {
        callers.runAs(caller, work);
    }

    private long version(long followUpId) {
        return as(coordinator, () -> followUpQueries.find(followUpId).orElseThrow().version());
    }

    /** Opens, opens for reporting, has the police mark their part, assesses and adopts. */
    private long adoptedRound() {
        return adopted(as(coordinator, () -> followUps.open(built.agreementId(), new FollowUpDraft(FollowUpKind.ANNUAL,
                "Årsuppföljning 2025", LocalDate.now().withDayOfYear(1), LocalDate.now().plusDays(1)))));
    }

    /** An opened follow-up taken through reporting and assessment to its adoption. */
    private long adopted(long id) {
        as(coordinator, () -> followUps.startReporting(id, version(id)));
        as(partner, () -> followUps.markReported(id, built.policeParty()));
        as(coordinator, () -> followUps.assess(id, version(id), "Arbetet går framåt.",
                List.of(new AreaAssessment(built.areaId(), "Risk för förseningar", TrafficLight.YELLOW))));
        as(coordinator, () -> followUps.adopt(id, version(id), new Decision("Styrgruppen", LocalDate.now(), "§ 7",
                "KS-2025/88")));
        return id;
    }

    /** The page's and the PDF's comparison: one snapshot, the right one, however many years there are. */
    @Test
    void aReportIsComparedWithTheLatestAnnualFollowUpBeforeItsPeriodTheCorrectionIfAny() {
        long year2025 = adopted(as(coordinator, () -> followUps.open(built.agreementId(), new FollowUpDraft(
                FollowUpKind.ANNUAL, "Årsuppföljning 2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))));
        long corrected2025 = adopted(as(coordinator, () -> followUps.revise(year2025)));
        long year2026 = adopted(as(coordinator, () -> followUps.open(built.agreementId(), new FollowUpDraft(
                FollowUpKind.ANNUAL, "Årsuppföljning 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))));
        adopted(as(coordinator, () -> followUps.open(built.agreementId(), new FollowUpDraft(FollowUpKind.HALF_YEAR,
                "Delår 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))));

        assertEquals(Optional.of(corrected2025), before(LocalDate.of(2026, 1, 1)), "of a corrected year, the correction");
        assertEquals(Optional.of(year2026), before(LocalDate.of(2027, 1, 1)), "the latest year, not a half-year");
        assertEquals(Optional.of(corrected2025), before(LocalDate.of(2026, 12, 31)), "a year still running is not");
        assertEquals(Optional.empty(), before(LocalDate.of(2025, 1, 1)), "nothing before the first year");
        assertEquals(year2025, as(board, () -> followUpQueries.find(corrected2025).orElseThrow()).revisesId());
    }

    private Optional<Long> before(LocalDate periodFrom) {
        return as(board, () -> followUpQueries.adoptedAnnualReportBefore(built.agreementId(), periodFrom))
                .map(FollowUpReport::followUpId);
    }

    @Test
    void aRoundGoesToAdoptionWithTheReportAsItStoodThen() {
        long id = adoptedRound();
        FollowUpView adopted = as(board, () -> followUpQueries.find(id).orElseThrow());
        assertEquals(FollowUpStatus.ADOPTED, adopted.status());
        assertEquals("KS-2025/88", adopted.decision().diaryNumber());
        assertEquals("Erik Sandberg", adopted.reported().get(built.policeParty()).reportedBy());

        FollowUpReport report = as(board, () -> followUpQueries.report(id));
        assertEquals("Arbetet går framåt.", report.summary());
        FollowUpReport.Area area = report.areas().get(0);
        assertEquals("Risk för förseningar", area.assessment());
        assertEquals(List.of("T1-1", "T1-2"), area.activities().stream().map(FollowUpReport.Activity::reference).toList());
        FollowUpReport.Activity t11 = area.activities().get(0);
        assertEquals(40, t11.progress());
        assertEquals(1, t11.updates().size(), "the status update of the period");
        assertTrue(report.parties().stream().anyMatch(p -> p.partyId() == built.policeParty() && p.reported()));
        assertTrue(report.parties().stream().anyMatch(p -> p.partyId() == built.municipalityParty() && !p.reported()));
    }

    @Test
    void laterEditsLeaveTheAdoptedReportItsPdfAndItsXlsxAsAdopted() throws IOException {
        long id = adoptedRound();
        FollowUpReport before = as(board, () -> followUpQueries.report(id));
        String pdfBefore = pdfText(documents.pdf(before, Locales.SWEDISH));
        List<String> xlsxBefore = cells(documents.xlsx(before, Locales.SWEDISH));
        assertTrue(pdfBefore.contains("Aktivitet T1-1") && pdfBefore.contains("KS-2025/88")
                && pdfBefore.contains("Trygghet (T1)"), pdfBefore);
        assertTrue(xlsxBefore.contains("Aktivitet T1-1"), xlsxBefore.toString());

        // After adoption: a retitled activity, a new status report, a new activity.
        ActivityView t11 = as(coordinator, () -> activities.find(first).orElseThrow());
        as(coordinator, () -> activityEditing.update(first, t11.version(), new ActivityDraft(built.areaId(), null, "T1-1",
                "Nytt namn efter fastställandet", null, built.policeParty(), Set.of(), null, null, null, null, 1)));
        as(coordinator, () -> statusUpdates.report(first, new StatusReport(ActivityStatus.COMPLETED, TrafficLight.GREEN,
                100, "Klart", null, null, null)));
        as(coordinator, () -> activityEditing.create(built.agreementId(), Fixtures.activity(built.areaId(), null, "T1-3",
                built.policeParty(), Set.of(), 1)));

        FollowUpReport after = as(board, () -> followUpQueries.report(id));
        assertEquals(before, after, "the adopted report is the snapshot, not the live data");
        assertEquals(pdfBefore, pdfText(documents.pdf(after, Locales.SWEDISH)));
        assertEquals(xlsxBefore, cells(documents.xlsx(after, Locales.SWEDISH)));
        assertFalse(pdfText(documents.pdf(after, Locales.SWEDISH)).contains("Nytt namn efter fastställandet"));

        // A follow-up still in preparation does show the live data.
        long draft = as(coordinator, () -> followUps.open(built.agreementId(), new FollowUpDraft(FollowUpKind.OTHER,
                "Extra", LocalDate.now().withDayOfYear(1), LocalDate.now())));
        FollowUpReport live = as(coordinator, () -> followUpQueries.report(draft));
        assertEquals(3, live.figures().activities());
        assertEquals("Nytt namn efter fastställandet", live.areas().get(0).activities().get(0).title());
    }

    /**
     * Rule 13 with rule 6: the report compares the plan with the plan as signed; adoption freezes that comparison
     * with the rest, so later plan changes reach a follow-up in preparation but never the adopted one or its PDF.
     */
    @Test
    void anAdoptedFollowUpKeepsThePlanComparisonItWasAdoptedWith() throws IOException {
        AgreementStructure draftAgreement = as(Caller.SYSTEM, () -> agreements.structure(built.agreementId()).orElseThrow());
        as(coordinator, () -> agreementEditing.changeStatus(built.agreementId(), draftAgreement.agreement().version(),
                AgreementStatus.ACTIVE));
        ActivityView t12 = as(coordinator, () -> activities.find(second).orElseThrow());
        as(coordinator, () -> activityEditing.update(second, t12.version(), new ActivityDraft(built.areaId(), null, "T1-2",
                t12.title(), null, built.municipalityParty(), Set.of(built.policeParty()), null, null, t12.startDate(),
                LocalDate.of(2026, 12, 31), 2)));

        long id = adoptedRound();
        FollowUpReport adopted = as(board, () -> followUpQueries.report(id));
        PlanComparison frozen = adopted.planComparison();
        assertEquals(List.of(new PlanChange(PlanChange.Kind.DUE_DATE_MOVED, "T1-2", "Aktivitet T1-2", null, null,
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31))), frozen.changes());
        String pdfBefore = pdfText(documents.pdf(adopted, Locales.SWEDISH));
        assertTrue(pdfBefore.contains("Planen som undertecknad och i dag") && pdfBefore.contains("2026-12-31"),
                pdfBefore);

        // After adoption: one activity cancelled, one handed to the other party, one added.
        as(coordinator, () -> activityEditing.cancel(first, activities.find(first).orElseThrow().version(), "Ersätts"));
        ActivityView again = as(coordinator, () -> activities.find(second).orElseThrow());
        as(coordinator, () -> activityEditing.update(second, again.version(), new ActivityDraft(built.areaId(), null,
                "T1-2", again.title(), null, built.policeParty(), Set.of(), null, null, again.startDate(),
                again.dueDate(), 2)));
        as(coordinator, () -> activityEditing.create(built.agreementId(), Fixtures.activity(built.areaId(), null, "T1-9",
                built.policeParty(), Set.of(), 1)));

        FollowUpReport later = as(board, () -> followUpQueries.report(id));
        assertEquals(frozen, later.planComparison(), "the adopted comparison is the snapshot's");
        assertEquals(pdfBefore, pdfText(documents.pdf(later, Locales.SWEDISH)));

        long draft = as(coordinator, () -> followUps.open(built.agreementId(), new FollowUpDraft(FollowUpKind.OTHER,
                "Extra", LocalDate.now().withDayOfYear(1), LocalDate.now())));
        List<PlanChange.Kind> live = as(coordinator, () -> followUpQueries.report(draft)).planComparison().changes().stream()
                .map(PlanChange::kind).toList();
        assertEquals(List.of(PlanChange.Kind.CANCELLED, PlanChange.Kind.DUE_DATE_MOVED,
                PlanChange.Kind.LEAD_PARTY_CHANGED, PlanChange.Kind.ADDED), live, "in preparation: the live plan");
    }

    @Test
    void nobodyChangesAnAdoptedFollowUpTheCoordinatorIncluded() {
        long id = adoptedRound();
        FollowUpReport before = as(board, () -> followUpQueries.report(id));
        long v = version(id);
        List<Runnable> changes = List.of(
                () -> followUps.assess(id, v, "Ändrad", List.of()),
                () -> followUps.adopt(id, v, new Decision("Nämnden", LocalDate.now(), null, "X-1")),
                () -> followUps.startReporting(id, v),
                () -> followUps.markReported(id, built.municipalityParty()));
        for (Runnable change : changes) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> as(coordinator, change));
            assertEquals("samspar.followUp.adopted", refused.problems().get(0).key());
            assertTrue(refused.problems().get(0).message(Locales.SWEDISH).contains("fastställd"));
        }
        for (Caller other : List.of(partner, board)) {
            assertThrows(AccessDenied.class, () -> as(other, () -> followUps.assess(id, v, "Ändrad", List.of())));
            assertThrows(AccessDenied.class, () -> as(other, () -> followUps.revise(id)));
        }
        assertEquals(before, as(board, () -> followUpQueries.report(id)));
        assertEquals(v, version(id));

        // A correction is a new follow-up naming the adopted one, which stays as it was.
        long correction = as(coordinator, () -> followUps.revise(id));
        FollowUpView revised = as(coordinator, () -> followUpQueries.find(correction).orElseThrow());
        assertEquals(FollowUpStatus.DRAFT, revised.status());
        assertEquals(id, revised.revisesId());
        assertEquals(FollowUpStatus.ADOPTED, as(coordinator, () -> followUpQueries.find(id).orElseThrow()).status());
    }

    @Test
    void onlyTheCoordinatorPreparesAndBoardMembersSeeAdoptedFollowUpsOnly() {
        assertThrows(AccessDenied.class, () -> as(partner, () -> followUps.open(built.agreementId(),
                new FollowUpDraft(FollowUpKind.ANNUAL, "X", LocalDate.now(), LocalDate.now()))));
        assertThrows(AccessDenied.class, () -> as(board, () -> followUps.open(built.agreementId(),
                new FollowUpDraft(FollowUpKind.ANNUAL, "X", LocalDate.now(), LocalDate.now()))));
        long draft = as(coordinator, () -> followUps.open(built.agreementId(), new FollowUpDraft(FollowUpKind.HALF_YEAR,
                "Delår", LocalDate.now().minusMonths(6), LocalDate.now())));
        assertThrows(AccessDenied.class, () -> as(board, () -> followUpQueries.find(draft)));
        assertTrue(as(board, () -> followUpQueries.ofAgreement(built.agreementId())).stream().noneMatch(f -> f.id() == draft));
        assertTrue(as(partner, () -> followUpQueries.ofAgreement(built.agreementId())).stream().anyMatch(f -> f.id() == draft));
        // Reporting is not open yet, and a party marks only its own part.
        assertThrows(InvalidInput.class, () -> as(partner, () -> followUps.markReported(draft, built.policeParty())));
        as(coordinator, () -> followUps.startReporting(draft, version(draft)));
        assertThrows(AccessDenied.class, () -> as(partner, () -> followUps.markReported(draft,
                built.municipalityParty())));
        assertThrows(AccessDenied.class, () -> as(board, () -> followUps.markReported(draft, built.policeParty())));
        as(partner, () -> followUps.markReported(draft, built.policeParty()));
        // Invalid input writes nothing and says where.
        InvalidInput noDecision = assertThrows(InvalidInput.class, () -> as(coordinator, () -> followUps.adopt(draft,
                version(draft), new Decision(" ", null, null, ""))));
        assertTrue(noDecision.problems().stream().anyMatch(p -> p.field().equals("body")));
        assertEquals(FollowUpStatus.REPORTING, as(coordinator, () -> followUpQueries.find(draft).orElseThrow()).status());
        long stale = version(draft) - 1;
        assertThrows(se.samspar.platform.api.StaleEdit.class, () -> as(coordinator, () -> followUps.assess(draft,
                stale, "x", List.of())));
    }

    private long rows(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from " + table);
             java.sql.ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Refused within a second at exactly the given field, with no row of the table written. */
    private void refusedQuicklyAt(String field, String table, String what, Runnable work) throws SQLException {
        long before = rows(table);
        long start = System.nanoTime();
        InvalidInput refused = assertThrows(InvalidInput.class, () -> as(coordinator, work), what);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("FollowUpIT: " + what + " refused in " + millis + " ms");
        assertTrue(millis < HostileInput.DECIMAL_REFUSAL_MILLIS, what + " took " + millis + " ms");
        assertEquals(before, rows(table), what + " wrote nothing");
        assertFalse(refused.problems().isEmpty());
        assertTrue(refused.problems().stream().allMatch(p -> p.field().equals(field)), what + ": " + refused.problems());
    }

    /**
     * Baselines, targets, tolerances and measured values no DECIMAL(15, 3) holds, such as 1e-400000002 or
     * 1e400000000, are refused at their field within a second: none is rounded, rated or written.
     */
    @Test
    void indicatorAndMeasurementValuesThatFitNoColumnAreRefusedAtTheirFieldInMilliseconds() throws SQLException {
        BigDecimal ok = new BigDecimal("30");
        long indicator = as(coordinator, () -> indicators.define(built.agreementId(), new IndicatorDraft(
                built.overallGoalId(), "Anmälda bränder", "antal", IndicatorDirection.LOWER_IS_BETTER, ok, 2022, ok,
                2025, BigDecimal.ONE, null)));
        for (Map.Entry<String, String> entry : HostileInput.DECIMALS_REFUSED.entrySet()) {
            BigDecimal v = new BigDecimal(entry.getValue());
            String what = entry.getKey();
            refusedQuicklyAt("baseline", "FUP_INDICATOR", "baseline " + what, () -> indicators.define(
                    built.agreementId(), new IndicatorDraft(built.overallGoalId(), "Bränder", "antal",
                            IndicatorDirection.LOWER_IS_BETTER, v, 2022, ok, 2025, null, null)));
            refusedQuicklyAt("target", "FUP_INDICATOR", "target " + what, () -> indicators.define(
                    built.agreementId(), new IndicatorDraft(built.overallGoalId(), "Bränder", "antal",
                            IndicatorDirection.LOWER_IS_BETTER, null, null, v, 2025, null, null)));
            refusedQuicklyAt("tolerance", "FUP_INDICATOR", "tolerance " + what, () -> indicators.define(
                    built.agreementId(), new IndicatorDraft(built.overallGoalId(), "Bränder", "antal",
                            IndicatorDirection.LOWER_IS_BETTER, null, null, ok, 2025, v, null)));
            refusedQuicklyAt("value", "FUP_MEASUREMENT", "measurement " + what,
                    () -> indicators.measure(indicator, new MeasurementDraft("2024", v, null)));
        }
        assertTrue(as(coordinator, () -> indicators.ofAgreement(built.agreementId())).stream()
                .allMatch(i -> i.measurements().isEmpty()), "no measurement recorded");
        // The column's limits themselves are fine.
        as(coordinator, () -> indicators.measure(indicator, new MeasurementDraft("2024",
                new BigDecimal("-999999999999.999"), null)));
        assertEquals(0, new BigDecimal("-999999999999.999").compareTo(as(coordinator,
                () -> indicators.ofAgreement(built.agreementId())).get(0).measurements().get(0).value()));
    }

    @Test
    void indicatorsAreRatedAndFrozenWithTheFollowUp() {
        long indicator = as(coordinator, () -> indicators.define(built.agreementId(), new IndicatorDraft(
                built.overallGoalId(), "Anmälda bränder", "antal", IndicatorDirection.LOWER_IS_BETTER,
                new BigDecimal("40"), 2022, new BigDecimal("30"), 2025, new BigDecimal("5"), "Räddningstjänsten")));
        as(coordinator, () -> indicators.measure(indicator, new MeasurementDraft("2024", new BigDecimal("34"), null)));
        assertEquals(IndicatorRating.NEAR_TARGET, as(partner, () -> indicators.ofAgreement(built.agreementId()))
                .get(0).rating());
        InvalidInput badPeriod = assertThrows(InvalidInput.class, () -> as(coordinator, () -> indicators.measure(
                indicator, new MeasurementDraft("24", BigDecimal.ONE, null))));
        assertEquals("period", badPeriod.problems().get(0).field());
        assertThrows(AccessDenied.class, () -> as(partner, () -> indicators.measure(indicator,
                new MeasurementDraft("2025", BigDecimal.ONE, null))));

        long id = adoptedRound();
        as(coordinator, () -> indicators.measure(indicator, new MeasurementDraft("2025", new BigDecimal("28"), null)));
        FollowUpReport.Indicator frozen = as(board, () -> followUpQueries.report(id)).areas().get(0).indicators().get(0);
        assertEquals(1, frozen.measurements().size(), "measured after adoption: not in the adopted report");
        assertEquals(IndicatorRating.NEAR_TARGET, frozen.rating());
        assertEquals(IndicatorRating.ON_TARGET, as(board, () -> indicators.ofAgreement(built.agreementId()))
                .get(0).rating());
    }

    @Test
    void theDashboardsStatementCountIsTheSameForTenAndTenThousandActivities() throws SQLException {
        Fixtures.Built large = callers.runAs(Caller.SYSTEM, () -> Fixtures.build(this));
        insertActivities(large, 10_000);
        long demo = as(Caller.SYSTEM, () -> agreements.agreements().stream()
                .filter(a -> a.title().equals("Samverkansöverenskommelse Huddinge 2023–2024")).map(AgreementView::id)
                .findFirst().orElseGet(this::importDemo));

        List<Long> counts = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (long agreementId : List.of(built.agreementId(), demo, large.agreementId())) {
            for (DashboardFilter filter : List.of(DashboardFilter.ALL,
                    new DashboardFilter(null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))) {
                as(Caller.SYSTEM, () -> statistics.dashboard(agreementId, filter)); // warm-up
                long start = SqlStatements.sent();
                Dashboard d = as(Caller.SYSTEM, () -> statistics.dashboard(agreementId, filter));
                counts.add(SqlStatements.sent() - start);
                sizes.add(d.activities());
            }
        }
        assertTrue(sizes.get(2) >= 16, "the demo agreement's activities: " + sizes);
        assertEquals(10_000, sizes.get(4));
        assertTrue(counts.get(0) > 0, "statements are counted: " + counts);
        assertEquals(1, counts.stream().distinct().count(), "statements per dashboard " + counts + " for " + sizes);
        System.out.println("Dashboard SQL statements per render: " + counts + " for activities " + sizes);

        Dashboard d = as(Caller.SYSTEM, () -> statistics.dashboard(large.agreementId(), DashboardFilter.ALL));
        assertEquals(Dashboard.TIMELINE_MAX, d.timeline().size());
        assertEquals(Dashboard.LIST_MAX, d.latest().size());
        assertEquals(2_500, d.completed());
        assertEquals(10_000, d.byStatus().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void theBoardsStatementCountDoesNotGrowWithAgreementsOrFollowUps() {
        adoptedRound();
        as(Caller.SYSTEM, this::boardData); // warm-up
        long before = boardStatements();
        int agreementsBefore = as(Caller.SYSTEM, () -> followUpQueries.adoptedAnnualFigures()).size();

        // Two more agreements, each with an adopted annual follow-up.
        for (int number : List.of(1, 2)) {
            Fixtures.Built other = as(Caller.SYSTEM, () -> Fixtures.build(this));
            long id = as(Caller.SYSTEM, () -> followUps.open(other.agreementId(), new FollowUpDraft(FollowUpKind.ANNUAL,
                    "Årsuppföljning", LocalDate.now().withDayOfYear(1), LocalDate.now())));
            as(Caller.SYSTEM, () -> followUps.startReporting(id, followUpQueries.find(id).orElseThrow().version()));
            long version = as(Caller.SYSTEM, () -> followUpQueries.find(id).orElseThrow().version());
            as(Caller.SYSTEM, () -> followUps.adopt(id, version, new Decision("Styrgruppen", LocalDate.now(),
                    "§ 3", "KS-2025/" + number)));
        }
        // Issue 12: a newly adopted follow-up's figures are read from its snapshot once, then kept: warm up again.
        as(Caller.SYSTEM, this::boardData);
        long after = boardStatements();
        Map<Long, List<AnnualFigures>> reports = as(Caller.SYSTEM, () -> followUpQueries.adoptedAnnualFigures());
        assertEquals(agreementsBefore + 2, reports.size(), "each agreement's annual reports");
        assertEquals(List.of("Årsuppföljning 2025"), as(board, () -> followUpQueries.adoptedAnnualFigures())
                .get(built.agreementId()).stream().map(AnnualFigures::title).toList());
        assertTrue(before > 0, "statements are counted");
        assertEquals(before, after, "statements for the board page's data with " + agreementsBefore + " and "
                + reports.size() + " agreements");
    }

    /** What the board page asks for: the adopted follow-ups and every agreement's annual reports. */
    private void boardData() {
        followUpQueries.adopted();
        followUpQueries.adoptedAnnualFigures();
        agreements.agreements();
    }

    /**
     * Issue 12: the report of a follow-up in preparation is not rebuilt on every view: kept (the same report) until a
     * status report, an assessment or any other change to what it shows, then built again with the change.
     */
    @Test
    void aDraftsReportIsKeptUntilSomethingItShowsChanges() {
        long id = as(coordinator, () -> followUps.open(built.agreementId(), new FollowUpDraft(FollowUpKind.ANNUAL,
                "Årsuppföljning under arbete", LocalDate.now().withDayOfYear(1), LocalDate.now().plusDays(1))));
        FollowUpReport shown = as(coordinator, () -> followUpQueries.report(id));
        long start = SqlStatements.sent();
        assertSame(shown, as(coordinator, () -> followUpQueries.report(id)), "the second view: the kept report");
        long keptCost = SqlStatements.sent() - start;

        as(coordinator, () -> statusUpdates.report(second, new StatusReport(ActivityStatus.COMPLETED, TrafficLight.GREEN,
                100, null, null, null, null)));
        FollowUpReport afterReport = as(coordinator, () -> followUpQueries.report(id));
        assertNotSame(shown, afterReport, "built again after a status report");
        assertEquals(ActivityStatus.COMPLETED, afterReport.areas().stream().flatMap(a -> a.activities().stream())
                .filter(a -> a.activityId() == second).findFirst().orElseThrow().status());
        start = SqlStatements.sent();
        assertSame(afterReport, as(coordinator, () -> followUpQueries.report(id)), "and kept again");
        assertEquals(keptCost, SqlStatements.sent() - start, "a kept report costs the same few statements");

        as(coordinator, () -> followUps.assess(id, version(id), "Ny sammanfattning", List.of()));
        assertEquals("Ny sammanfattning", as(coordinator, () -> followUpQueries.report(id)).summary());
        assertEquals("Årsuppföljning under arbete", as(partner, () -> followUpQueries.report(id)).title(),
                "another reader is given the same report, after the visibility check");
    }

    /**
     * Issue 12: the board's figures, kept from each snapshot, are what the comparison read from the parsed snapshots
     * before — area by area and indicator by indicator, on the read that fills them and on the reads that keep them.
     */
    @Test
    void theBoardsKeptFiguresAreThoseOfTheAdoptedSnapshots() {
        long indicator = as(coordinator, () -> indicators.define(built.agreementId(), new IndicatorDraft(
                built.overallGoalId(), "Anmälda bränder", "antal", IndicatorDirection.LOWER_IS_BETTER,
                new BigDecimal("40"), 2022, new BigDecimal("30"), 2025, BigDecimal.ONE, null)));
        as(coordinator, () -> indicators.measure(indicator, new MeasurementDraft("2024", new BigDecimal("33"), null)));
        as(coordinator, () -> statusUpdates.report(second, new StatusReport(ActivityStatus.COMPLETED, TrafficLight.GREEN,
                100, null, null, null, null)));
        long id = adoptedRound();
        List<FollowUpReport> parsed = as(board, () -> followUpQueries.adoptedAnnualReports(built.agreementId()));
        List<AnnualFigures> expected = parsed.stream().map(AnnualFigures::of).toList();
        assertEquals(List.of(id), expected.stream().map(AnnualFigures::followUpId).toList());
        AnnualFigures.Area area = expected.get(0).areas().get(0);
        assertEquals(2, area.activities());
        assertEquals(1, area.completed(), "the completed activity counted");
        assertEquals(0, new BigDecimal("33").compareTo(expected.get(0).areas().stream()
                .flatMap(a -> a.indicators().stream()).filter(i -> i.name().equals("Anmälda bränder")).findFirst()
                .orElseThrow().latest()), "the indicator's latest measurement");
        for (int read = 0; read < 2; read++) {
            assertEquals(expected, as(board, () -> followUpQueries.adoptedAnnualFigures()).get(built.agreementId()),
                    "read " + read);
        }
        assertEquals(expected, as(Caller.SYSTEM, () -> followUpQueries.adoptedAnnualFigures()).get(built.agreementId()));
    }

    private long boardStatements() {
        long start = SqlStatements.sent();
        as(Caller.SYSTEM, this::boardData);
        return SqlStatements.sent() - start;
    }

    @Test
    void theDashboardAgreesWithTheRulesInJava() {
        as(coordinator, () -> statusUpdates.report(second, new StatusReport(ActivityStatus.COMPLETED, TrafficLight.GREEN,
                100, null, null, null, null)));
        Dashboard d = as(coordinator, () -> statistics.dashboard(built.agreementId(), DashboardFilter.ALL));
        List<ActivityView> all = as(coordinator, () -> activities.activitiesOf(built.agreementId()));
        assertEquals(all.size(), d.activities());
        assertEquals(all.stream().filter(ActivityView::overdue).count(), d.overdue());
        assertEquals(all.stream().filter(ActivityView::needsUpdate).count(), d.needingUpdate());
        assertEquals(as(coordinator, () -> activities.progress(built.agreementId())).overall().rounded(),
                d.overall().rounded());
        // Weights 1 and 2 at 40 % and 100 %: (40 + 200) / 3 = 80 %.
        assertEquals(80, d.overall().rounded());
        Dashboard police = as(coordinator, () -> statistics.dashboard(built.agreementId(),
                new DashboardFilter(null, built.policeParty(), null, null)));
        assertEquals(2, police.activities(), "leading one, taking part in the other");
        Dashboard outside = as(coordinator, () -> statistics.dashboard(built.agreementId(),
                new DashboardFilter(null, null, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))));
        assertEquals(0, outside.activities());
        assertEquals(null, outside.overall().rounded());
        assertThrows(AccessDenied.class, () -> as(new Caller("x", "X", -1L, Set.of(Roles.PARTNER), Set.of(), false),
                () -> statistics.dashboard(built.agreementId(), DashboardFilter.ALL)));
    }

    @Test
    void theDemosAnnualFollowUpOf2024HoldsNoActivityOrReportOutside2024() throws IOException {
        long demo = as(Caller.SYSTEM, this::importDemo);
        var structure = as(Caller.SYSTEM, () -> agreements.structure(demo).orElseThrow());
        long area = structure.areas().get(0).id();
        long lead = structure.parties().get(0).id();
        long later = as(Caller.SYSTEM, () -> activityEditing.create(demo, new ActivityDraft(area, null, "SEN-2026",
                "Startar 2026", null, lead, Set.of(), null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30), 1)));
        ActivityView open2024 = as(Caller.SYSTEM, () -> activities.activitiesOf(demo)).stream()
                .filter(a -> !a.status().isClosed() && a.id() != later && a.lastUpdateAt() != null
                        && a.lastUpdateAt().getYear() == 2024)
                .findFirst().orElseThrow();
        // A report made today (in 2026) must not reach the 2024 report, nor move its state.
        as(Caller.SYSTEM, () -> statusUpdates.report(open2024.id(), new StatusReport(ActivityStatus.IN_PROGRESS,
                TrafficLight.RED, 97, "Rapport efter perioden", null, "Samordnare", null)));
        long id = as(Caller.SYSTEM, () -> followUps.open(demo, new FollowUpDraft(FollowUpKind.ANNUAL,
                "Årsuppföljning 2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))));

        FollowUpReport r = as(Caller.SYSTEM, () -> followUpQueries.report(id));
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        assertEquals(to, r.asOf(), "the period's end, as it is before today");
        List<FollowUpReport.Activity> all = r.areas().stream().flatMap(a -> a.activities().stream()).toList();
        assertFalse(all.isEmpty());
        assertTrue(all.stream().noneMatch(a -> a.activityId() == later), "an activity starting in 2026");
        for (FollowUpReport.Activity a : all) {
            assertTrue(a.startDate() == null || !a.startDate().isAfter(to), a.reference());
            assertTrue(a.dueDate() == null || !a.dueDate().isBefore(from), a.reference());
            for (FollowUpReport.Update u : a.updates()) {
                assertEquals(2024, u.reportedAt().getYear(), a.reference() + " " + u.reportedAt());
            }
        }
        FollowUpReport.Activity reported = all.stream().filter(a -> a.activityId() == open2024.id()).findFirst()
                .orElseThrow();
        assertEquals(open2024.progress(), reported.progress(), "its state at the end of 2024");
        assertEquals(all.size(), r.figures().activities());
        String pdf = pdfText(documents.pdf(r, Locales.SWEDISH));
        assertTrue(pdf.replaceAll("\\s+", " ").contains("Uppgifterna avser: 2024-12-31"), pdf);
        assertTrue(cells(documents.xlsx(r, Locales.SWEDISH)).contains("2024-12-31"));
    }

    /** The demo agreement, when this deployment's database does not hold it yet (run alone). */
    private long importDemo() {
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("demo/huddinge-2023-2024.json")) {
            return agreementImport.importAgreement("huddinge-2023-2024.json", in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** 10,000 activities with one status update each, written straight to the tables in one transaction. */
    private void insertActivities(Fixtures.Built into, int n) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement a = c.prepareStatement("INSERT INTO ACT_ACTIVITY (AGREEMENT_ID, AREA_ID, REFERENCE,"
                    + " TITLE, LEAD_PARTY_ID, START_DATE, DUE_DATE, STATUS, LIGHT, PROGRESS, WEIGHT, SORT_ORDER,"
                    + " CREATED_ON, LAST_UPDATE_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 1)")) {
                ActivityStatus[] statuses = {ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS, ActivityStatus.COMPLETED,
                        ActivityStatus.POSTPONED};
                for (int i = 0; i < n; i++) {
                    ActivityStatus s = statuses[i % 4];
                    a.setLong(1, into.agreementId());
                    a.setLong(2, into.areaId());
                    a.setString(3, "G-" + i);
                    a.setString(4, "Genererad aktivitet " + i);
                    a.setLong(5, i % 3 == 0 ? into.policeParty() : into.municipalityParty());
                    a.setDate(6, java.sql.Date.valueOf(LocalDate.of(2023, 1, 1).plusDays(i % 700)));
                    a.setDate(7, java.sql.Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(i % 900)));
                    a.setString(8, s.name());
                    a.setString(9, TrafficLight.values()[i % 3].name());
                    a.setInt(10, s == ActivityStatus.COMPLETED ? 100 : i % 90);
                    a.setInt(11, i + 1);
                    a.setDate(12, java.sql.Date.valueOf(LocalDate.of(2023, 1, 1)));
                    a.setTimestamp(13, java.sql.Timestamp.valueOf(LocalDate.of(2024, 1, 1).atStartOfDay().plusHours(i)));
                    a.addBatch();
                    if (i % 1000 == 999) {
                        a.executeBatch();
                    }
                }
                a.executeBatch();
            }
            try (PreparedStatement u = c.prepareStatement("INSERT INTO ACT_STATUS_UPDATE (ACTIVITY_ID, STATUS, LIGHT,"
                    + " PROGRESS, REPORTED_BY, REPORTED_AT) SELECT ID, STATUS, LIGHT, PROGRESS, 'Generator', LAST_UPDATE_AT"
                    + " FROM ACT_ACTIVITY WHERE AGREEMENT_ID = ?")) {
                u.setLong(1, into.agreementId());
                u.executeUpdate();
            }
            c.commit();
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** Every cell's text, sheet by sheet and row by row. */
    private static List<String> cells(byte[] xlsx) throws IOException {
        List<String> out = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    row.forEach(cell -> out.add(format.formatCellValue(cell)));
                }
            }
        }
        return out;
    }

    // ---- issue 16: which parties have reported in the period, and the reporting deadline

    /**
     * The police lead T1-1, reported on within the period; the municipality leads T1-2 (reported in the period) and
     * T1-3 (reported only today, after the period); the fire service leads nothing. The set-up's report on T1-1 is
     * today's too, outside the period, and changes nothing.
     */
    private long reportingRound(LocalDate deadline) {
        long fire = as(Caller.SYSTEM, () -> organisations.create(new OrganisationDraft(Fixtures.unique("Räddningstjänsten"),
                "Räddningstjänsten", OrganisationType.OTHER, null)));
        as(Caller.SYSTEM, () -> partyEditing.addParty(built.agreementId(), new PartyDraft(fire, null, "Chef", null, null)));
        long third = as(coordinator, () -> activityEditing.create(built.agreementId(), Fixtures.activity(built.areaId(),
                null, "T1-3", built.municipalityParty(), Set.of(), 1)));
        StatusReport report = new StatusReport(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 20, "I perioden", null, null, null);
        StatusReport imported = new StatusReport(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 20, null, null,
                "Samordnare", null);
        as(Caller.SYSTEM, () -> statusUpdates.importUpdate(first, imported, LocalDateTime.of(2026, 3, 2, 10, 0)));
        as(Caller.SYSTEM, () -> statusUpdates.importUpdate(second, imported, LocalDateTime.of(2026, 6, 30, 23, 59)));
        as(Caller.SYSTEM, () -> statusUpdates.importUpdate(third, imported, LocalDateTime.of(2025, 12, 31, 23, 59)));
        as(coordinator, () -> statusUpdates.report(third, report));
        long id = as(coordinator, () -> followUps.open(built.agreementId(), new FollowUpDraft(FollowUpKind.HALF_YEAR,
                "Halvår 1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), deadline)));
        as(coordinator, () -> followUps.startReporting(id, version(id)));
        return id;
    }

    @Test
    void aPartyHasReportedWhenEveryActivityItLeadsInThePeriodHasAnUpdateMadeInIt() {
        long id = reportingRound(null);
        PartiesReporting parties = as(coordinator, () -> reportingState.of(id));
        assertEquals(3, parties.total());
        assertEquals(2, parties.done(), "the police, and the fire service with nothing to report");
        PartyReporting police = party(parties, built.policeParty());
        assertEquals(PartyReporting.State.REPORTED, police.state());
        assertEquals(1, police.activities());
        PartyReporting municipality = party(parties, built.municipalityParty());
        assertEquals(PartyReporting.State.UNREPORTED, municipality.state());
        assertEquals(2, municipality.activities());
        assertEquals(1, municipality.reported(), "T1-3's reports before and after the period do not count");
        assertEquals(List.of(built.municipalityParty()), parties.unreported().stream().map(PartyReporting::partyId).toList());
        PartyReporting fire = parties.parties().stream().filter(p -> p.organisation().startsWith("Räddningstjänsten"))
                .findFirst().orElseThrow();
        assertEquals(PartyReporting.State.NOTHING_TO_REPORT, fire.state());
        assertEquals(0, fire.activities());
        // The list's counts agree with the page's.
        assertEquals(parties, as(coordinator, () -> reportingState.ofAgreement(built.agreementId())).get(id));
    }

    private static PartyReporting party(PartiesReporting parties, long partyId) {
        return parties.parties().stream().filter(p -> p.partyId() == partyId).findFirst().orElseThrow();
    }

    @Test
    void theStartPagesOpenFollowUpsNameWhatTheUsersOrganisationHasLeftInAFixedNumberOfStatements() {
        long id = reportingRound(LocalDate.of(2026, 7, 15));
        assertEquals(List.of(), as(partner, () -> reportingState.openForMyOrganisation()), "the police have reported");
        Caller municipalityPartner = new Caller("lena", "Lena Ek", coordinator.organisationId(), Set.of(Roles.PARTNER),
                Set.of(), false);
        // Each count is of the first read after a change (a draft follow-up opened just before), so nothing is kept
        // from an earlier read, by this caller or another who sees the same (ReadCache).
        List<List<OpenReporting>> seen = new java.util.ArrayList<>();
        change();
        long one = statementsOf(() -> seen.add(as(municipalityPartner, () -> reportingState.openForMyOrganisation())));
        assertEquals(List.of(new OpenReporting(id, built.agreementId(), "Halvår 1 2026", LocalDate.of(2026, 7, 15), 1)),
                seen.get(0));
        assertEquals(List.of(), as(board, () -> reportingState.openForMyOrganisation()), "board members report nothing");
        assertTrue(one > 0, "read, not kept");
        assertEquals(0, statementsOf(() -> as(municipalityPartner, () -> reportingState.openForMyOrganisation())),
                "asked again with nothing changed: kept");
        change();
        long before = statementsOf(() -> as(coordinator, () -> reportingState.of(id)));

        for (int i = 0; i < 3; i++) {
            long more = as(coordinator, () -> followUps.open(built.agreementId(), new FollowUpDraft(FollowUpKind.OTHER,
                    "Till", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))));
            as(coordinator, () -> followUps.startReporting(more, version(more)));
        }
        change();
        assertEquals(one, statementsOf(() -> seen.add(as(municipalityPartner,
                () -> reportingState.openForMyOrganisation()))));
        assertEquals(4, seen.get(1).size());
        change();
        assertEquals(before, statementsOf(() -> as(coordinator, () -> reportingState.of(id))));
    }

    /** A change no list here shows (a draft follow-up): after it, every answer is read anew. */
    private void change() {
        as(coordinator, () -> followUps.open(built.agreementId(), new FollowUpDraft(FollowUpKind.OTHER, "Utkast",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))));
    }

    private long statementsOf(Runnable read) {
        long start = SqlStatements.sent();
        read.run();
        return SqlStatements.sent() - start;
    }

    @Test
    void theReportingDeadlineIsStoredChangedUntilAdoptionAndAStaleEditIsRefused() {
        long id = as(coordinator, () -> followUps.open(built.agreementId(), new FollowUpDraft(FollowUpKind.ANNUAL,
                "Med sista dag", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 20))));
        assertEquals(LocalDate.of(2027, 1, 20), as(coordinator, () -> followUpQueries.find(id).orElseThrow().reportingDeadline()));
        long before = version(id);
        as(coordinator, () -> followUps.setReportingDeadline(id, before, LocalDate.of(2027, 1, 31)));
        assertEquals(LocalDate.of(2027, 1, 31), as(partner, () -> followUpQueries.find(id).orElseThrow().reportingDeadline()));
        assertThrows(StaleEdit.class, () -> as(coordinator, () -> followUps.setReportingDeadline(id, before, null)));
        assertEquals(LocalDate.of(2027, 1, 31), as(coordinator, () -> followUpQueries.find(id).orElseThrow().reportingDeadline()));
        assertThrows(se.samspar.platform.api.AccessDenied.class,
                () -> as(partner, () -> followUps.setReportingDeadline(id, version(id), null)));
        as(coordinator, () -> followUps.setReportingDeadline(id, version(id), null));
        assertEquals(null, as(coordinator, () -> followUpQueries.find(id).orElseThrow().reportingDeadline()));
    }

    private static se.samspar.situation.api.ProblemDraft problem(String title,
                                                                 se.samspar.situation.api.ProblemCategory category) {
        return new se.samspar.situation.api.ProblemDraft(title, null, category, "Centrum", null, null,
                Set.of(se.samspar.situation.api.SourceKind.LOCAL_SAFETY_SURVEY), null, "Orsaker", List.of());
    }

    /**
     * Issue 13 through the services: a municipality's situation picture is recorded by its agreement's coordinator
     * (never a partner), refuses a personal identity number, stale edits and every change once adopted; measures link
     * its problems to activities, and the coverage names what lacks the link; the next version copies both.
     */
    @Test
    void aSituationPictureIsFrozenOnceAdoptedAndItsProblemsLinkToActivities() {
        long municipality = org(built.municipalityParty());
        long picture = as(coordinator, () -> situationPictures.draft(municipality, LocalDate.of(2026, 10, 31)));
        long insecurity = as(coordinator, () -> situationPictures.addProblem(picture,
                problem("Otrygghet i centrum", se.samspar.situation.api.ProblemCategory.INSECURITY)));
        long burglary = as(coordinator, () -> situationPictures.addProblem(picture,
                problem("Inbrott", se.samspar.situation.api.ProblemCategory.THEFT_BURGLARY)));
        InvalidInput pin = assertThrows(InvalidInput.class, () -> as(coordinator, () -> situationPictures.addProblem(
                picture, problem("Anmälan 811218-9876", se.samspar.situation.api.ProblemCategory.VIOLENCE))));
        assertEquals("title", pin.problems().get(0).field());
        assertThrows(AccessDenied.class, () -> as(partner, () -> situationPictures.addProblem(picture,
                problem("Partnerns", se.samspar.situation.api.ProblemCategory.VIOLENCE))));
        assertEquals(List.of("Otrygghet i centrum", "Inbrott"), as(partner, () -> situationQueries.current(municipality)
                .orElseThrow().problems().stream().map(se.samspar.situation.api.ProblemView::title).toList()));

        as(coordinator, () -> problemMeasures.setMeasures(insecurity, List.of(first)));
        assertThrows(AccessDenied.class, () -> as(partner, () -> problemMeasures.setMeasures(burglary, List.of(second))));
        se.samspar.situation.api.ProblemMeasures.Coverage coverage = as(board,
                () -> problemMeasures.coverage(built.agreementId()));
        assertEquals(List.of(burglary), coverage.problemsWithoutMeasure().stream()
                .map(se.samspar.situation.api.ProblemMeasures.Unmeasured::problemId).toList());
        assertEquals(List.of(second), coverage.activitiesWithoutProblem());

        se.samspar.situation.api.PictureView draft = as(coordinator, () -> situationQueries.current(municipality)
                .orElseThrow());
        se.samspar.situation.api.Adoption decision = new se.samspar.situation.api.Adoption("Kommunstyrelsen",
                LocalDate.of(2026, 11, 30), "§ 12", "KS-2026/99");
        assertThrows(StaleEdit.class, () -> as(coordinator, () -> situationPictures.adopt(picture,
                draft.version() - 1, decision)));
        as(coordinator, () -> situationPictures.adopt(picture, draft.version(), decision));
        se.samspar.situation.api.ProblemView stored = as(coordinator, () -> situationQueries.current(municipality)
                .orElseThrow().problems().get(0));
        assertThrows(se.samspar.platform.api.Refusal.class, () -> as(coordinator, () -> situationPictures.updateProblem(
                insecurity, stored.version(), problem("Ändrad", se.samspar.situation.api.ProblemCategory.INSECURITY))));
        assertThrows(se.samspar.platform.api.Refusal.class, () -> as(coordinator, () -> situationPictures.addProblem(
                picture, problem("Ny", se.samspar.situation.api.ProblemCategory.INSECURITY))));
        assertThrows(se.samspar.platform.api.Refusal.class, () -> as(coordinator,
                () -> situationPictures.removeProblem(insecurity, stored.version())));
        assertEquals("Otrygghet i centrum", as(board, () -> situationQueries.current(municipality).orElseThrow()
                .problems().get(0).title()));

        long next = as(coordinator, () -> situationPictures.draft(municipality, LocalDate.of(2027, 10, 31)));
        se.samspar.situation.api.PictureView copy = as(coordinator, () -> situationQueries.current(municipality)
                .orElseThrow());
        assertEquals(next, copy.id());
        assertEquals(2, copy.number());
        assertEquals(List.of(first), copy.problems().get(0).activityIds());
        assertThrows(se.samspar.platform.api.Refusal.class,
                () -> as(coordinator, () -> situationPictures.draft(municipality, LocalDate.of(2027, 11, 30))));
        assertEquals(2, as(board, () -> situationQueries.versions(municipality)).size());
    }
}
