package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.StatusUpdates;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.PartyView;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.Roles;
import se.samspar.transfer.api.AgreementExports;
import se.samspar.transfer.api.AgreementImports;
import se.samspar.transfer.api.ImportPreview;
import se.samspar.transfer.api.ImportRefused;
import se.samspar.transfer.api.ImportRequest;

/**
 * Import with a preview and export, inside Payara Micro: a preview writes nothing and finds what the import
 * would refuse; the import writes all of it in the importer's name; every hostile file is refused whole with its
 * place, writing nothing; activities go only into an agreement the importer coordinates; an exported agreement,
 * JSON or XLSX, imports as the same agreement, field by field.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AsSystem.class)
class TransferIT {
    private static final String VALID = """
            { "format": "samspar-agreement/1",
              "organisations": [
                { "key": "k", "name": "Överföringskommun %1$s", "shortName": "Kommun %1$s", "type": "MUNICIPALITY",
                  "organisationNumber": "212000-0142" },
                { "key": "p", "name": "Överföringspolis %1$s", "type": "POLICE" } ],
              "agreement": {
                "title": "Överföring %1$s", "validFrom": "2025-01-01", "validTo": "2026-12-31", "status": "ACTIVE",
                "diaryNumber": "KS-2025/1", "decidedBy": "Kommunstyrelsen", "decidedOn": "2024-12-10",
                "description": "Ett exempel.", "updateIntervalDays": 45, "partiesReportOwnActivities": false,
                "parties": [ { "organisation": "k", "signatoryName": "A. Andersson", "signatoryTitle": "Ordförande",
                               "signedOn": "2024-12-20", "contactPerson": "Samordnaren" },
                             { "organisation": "p", "contactPerson": "Kommunpolis" } ],
                "priorityAreas": [ {
                  "code": "TRY", "name": "Trygghet", "description": "Trygghet i offentlig miljö",
                  "goals": [ { "key": "G", "title": "Ökad trygghet", "subGoals": [ { "key": "G1", "title": "Delmål" } ] } ],
                  "activities": [ {
                    "reference": "TRY-1", "title": "Trygghetsvandring", "description": "Varje kvartal", "goal": "G1",
                    "leadParty": "k", "participatingParties": ["p"], "contactPerson": "Fältare",
                    "startDate": "2025-02-01", "dueDate": "2025-10-31", "weight": 2,
                    "updates": [
                      { "reportedAt": "2025-03-01T10:00:00", "status": "IN_PROGRESS", "light": "YELLOW", "progress": 30,
                        "hoursSpent": 2.5, "reportedBy": "Samordnare", "organisation": "k" },
                      { "reportedAt": "2025-05-01T10:00:00", "status": "COMPLETED", "light": "GREEN", "progress": 100,
                        "comment": "Genomförd", "reportedBy": "Kommunpolis", "organisation": "p" } ] },
                    { "reference": "TRY-2", "title": "Lägesbild", "leadParty": "p" } ] } ] } }
            """;

    @Inject
    AgreementImports imports;
    @Inject
    AgreementExports exports;
    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    StatusUpdates statusUpdates;
    @Inject
    OrganisationService organisations;
    @Inject
    CallerContext callers;
    @Inject
    se.samspar.coordination.api.CoordinationQueries coordination;
    @Resource(lookup = "java:app/jdbc/samspar")
    DataSource dataSource;

    private static byte[] json(String tag) {
        return VALID.formatted(tag).getBytes(StandardCharsets.UTF_8);
    }

    private static Caller administrator() {
        return new Caller("it-admin", "IT Admin", null, Set.of(Roles.ADMINISTRATOR), Set.of(), false);
    }

    private static Caller coordinatorOf(long agreementId) {
        return new Caller("it-coordinator", "IT Samordnare", null, Set.of(Roles.COORDINATOR), Set.of(agreementId), false);
    }

    private <T> T as(Caller caller, Supplier<T> work) {
        return callers.runAs(caller, work);
    }

    private long rows() throws SQLException {
        return Fixtures.rowsWrittenByAnImport(dataSource);
    }

    @Test
    void aPreviewWritesNothingAndTheConfirmedImportWritesAllInTheImportersName() throws SQLException {
        long before = rows();
        ImportPreview preview = as(administrator(), () -> imports.preview(new ImportRequest("a.json", json("A"), null)));
        assertEquals(before, rows(), "a preview writes nothing, audit rows included");
        assertEquals("Överföring A", preview.agreementTitle());
        assertEquals(List.of("Överföringskommun A", "Överföringspolis A"), preview.parties());
        assertEquals(List.of("Överföringskommun A", "Överföringspolis A"), preview.newOrganisations());
        assertEquals(List.of("TRY-1", "TRY-2"), preview.activities().stream().map(ImportPreview.Activity::reference).toList());
        assertEquals(2, preview.statusReports());

        long id = as(administrator(), () -> imports.importFile(new ImportRequest("a.json", json("A"), null)));
        assertEquals(2, activities.activitiesOf(id).size());
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select distinct ACTOR from AUD_ENTRY where AGREEMENT_ID = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                List<String> actors = new ArrayList<>();
                while (rs.next()) {
                    actors.add(rs.getString(1));
                }
                assertEquals(List.of("it-admin"), actors, "the audit trail names who imported");
            }
        }
    }

    /** Each hostile or broken file, with the message key and place its refusal must name. */
    private Map<String, Object[]> hostile() throws IOException {
        Map<String, Object[]> cases = new LinkedHashMap<>();
        byte[] workbook = as(Caller.SYSTEM, () -> exports.xlsx(imports.importAgreement("base.json",
                new ByteArrayInputStream(json("H"))))); // a valid workbook to break
        cases.put("macros.xlsm", new Object[] {workbook, "samspar.import.xlsx.macros", "$"});
        cases.put("bomb.xlsx", new Object[] {bomb(), "samspar.import.xlsx.zipBomb", "$"});
        cases.put("formula.xlsx", new Object[] {change(workbook, wb -> wb.getSheet("Aktiviteter").getRow(1).createCell(2)
                .setCellFormula("HYPERLINK(\"http://example.org\")")), "samspar.import.xlsx.formula", "Aktiviteter!C2"});
        cases.put("formula-text.xlsx", new Object[] {change(workbook, wb -> wb.getSheet("Aktiviteter").getRow(1)
                .createCell(2).setCellValue("=1+1")), "samspar.import.xlsx.formulaText", "Aktiviteter!C2"});
        cases.put("personnummer.xlsx", new Object[] {change(workbook, wb -> wb.getSheet("Aktiviteter").getRow(1)
                .createCell(3).setCellValue("Klient 19121212-1212")), "samspar.text.personalIdentityNumber", "Aktiviteter!D2"});
        cases.put("personnummer.json", new Object[] {new String(json("P"), StandardCharsets.UTF_8).replace("Varje kvartal",
                "Klient 811218-9876").getBytes(StandardCharsets.UTF_8), "samspar.text.personalIdentityNumber",
                "agreement.priorityAreas[0].activities[0].description"});
        cases.put("oversized.json", new Object[] {new byte[imports.maxBytes() + 1], "samspar.import.tooLarge", "$"});
        cases.put("malformed.json", new Object[] {"{ \"format\": ".getBytes(StandardCharsets.UTF_8),
                "samspar.import.malformed", null});
        cases.put("wrong-type.xlsx", new Object[] {change(workbook, wb -> wb.getSheet("Aktiviteter").getRow(1).createCell(9)
                .setCellValue("snart")), "samspar.import.xlsx.date", "Aktiviteter!J2"});
        cases.put("duplicate-reference.json", new Object[] {new String(json("D"), StandardCharsets.UTF_8)
                .replace("\"TRY-2\"", "\"TRY-1\"").getBytes(StandardCharsets.UTF_8), "samspar.unique",
                "agreement.priorityAreas[0].activities[1].reference"});
        cases.put("duplicate-reference.xlsx", new Object[] {change(workbook, wb -> wb.getSheet("Aktiviteter").getRow(2)
                .createCell(1).setCellValue("TRY-1")), "samspar.unique", "Aktiviteter!B3"});
        cases.put("unknown-party.xlsx", new Object[] {change(workbook, wb -> wb.getSheet("Aktiviteter").getRow(1)
                .createCell(5).setCellValue("Ingen")), "samspar.unknown", "Aktiviteter!F2"});
        cases.put("unknown-area.xlsx", new Object[] {change(workbook, wb -> wb.getSheet("Aktiviteter").getRow(1)
                .createCell(0).setCellValue("NOPE")), "samspar.unknown", "Aktiviteter!A2"});
        cases.put("unknown-party.json", new Object[] {new String(json("U"), StandardCharsets.UTF_8).replace(
                "\"leadParty\": \"p\"", "\"leadParty\": \"x\"").getBytes(StandardCharsets.UTF_8), "samspar.unknown",
                "agreement.priorityAreas[0].activities[1].leadParty"});
        return cases;
    }

    @Test
    void everyHostileFileIsRefusedWholeAtItsPlaceAndWritesNothing() throws Exception {
        Map<String, Object[]> cases = hostile();
        long before = rows();
        for (Map.Entry<String, Object[]> c : cases.entrySet()) {
            byte[] bytes = (byte[]) c.getValue()[0];
            for (boolean confirm : new boolean[] {false, true}) {
                ImportRefused refused = assertThrows(ImportRefused.class, () -> as(administrator(), () -> confirm
                        ? imports.importFile(new ImportRequest(c.getKey(), bytes, null))
                        : imports.preview(new ImportRequest(c.getKey(), bytes, null))), c.getKey());
                assertEquals(c.getKey(), refused.file());
                FieldProblem p = refused.problems().get(0);
                assertTrue(refused.problems().stream().anyMatch(x -> x.key().equals(c.getValue()[1])
                        && (c.getValue()[2] == null || x.field().equals(c.getValue()[2]))),
                        c.getKey() + ": " + refused.problems() + " (first " + p + ")");
            }
        }
        assertEquals(before, rows(), "nothing written");
    }

    @Test
    void activitiesGoOnlyIntoAnAgreementTheImporterCoordinates() throws IOException, SQLException {
        long id = imports.importAgreement("target.json", new ByteArrayInputStream(json("T")));
        byte[] filled = change(exports.xlsxTemplate(), wb -> {
            Row row = wb.getSheet("Aktiviteter").createRow(1);
            String[] cells = {"TRY", "TRY-7", "Ny aktivitet", null, "Ökad trygghet", "Kommun T", "Överföringspolis T"};
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
        });
        ImportRequest request = new ImportRequest("aktiviteter.xlsx", filled, id);
        ImportPreview preview = as(coordinatorOf(id), () -> imports.preview(request));
        assertEquals(id, preview.intoAgreementId());
        assertEquals(List.of("TRY-7"), preview.activities().stream().map(ImportPreview.Activity::reference).toList());

        for (Caller other : List.of(coordinatorOf(id + 1000), administrator(),
                new Caller("it-partner", "Part", null, Set.of(Roles.PARTNER), Set.of(), false))) {
            assertThrows(AccessDenied.class, () -> as(other, () -> imports.preview(request)), other.username());
        }
        assertThrows(AccessDenied.class, () -> as(new Caller("it-board", "Styrgrupp", null, Set.of(Roles.BOARD_MEMBER),
                Set.of(), false), () -> imports.preview(new ImportRequest("a.json", json("X"), null))));

        long before = rows();
        byte[] unknownArea = change(filled, wb -> wb.getSheet("Aktiviteter").getRow(1).createCell(0).setCellValue("NOPE"));
        ImportRefused refused = assertThrows(ImportRefused.class, () -> as(coordinatorOf(id),
                () -> imports.importFile(new ImportRequest("x.xlsx", unknownArea, id))));
        assertEquals(new FieldProblem("Aktiviteter!A2", "samspar.import.target.area", Map.of("code", "NOPE")),
                refused.problems().get(0));
        byte[] unknownParty = change(filled, wb -> wb.getSheet("Aktiviteter").getRow(1).createCell(5).setCellValue("Ingen"));
        refused = assertThrows(ImportRefused.class, () -> as(coordinatorOf(id),
                () -> imports.importFile(new ImportRequest("x.xlsx", unknownParty, id))));
        assertEquals("Aktiviteter!F2", refused.problems().get(0).field());
        assertEquals("samspar.import.target.party", refused.problems().get(0).key());
        assertEquals(before, rows());

        as(coordinatorOf(id), () -> imports.importFile(request));
        ActivityView added = activities.activitiesOf(id).stream().filter(a -> a.reference().equals("TRY-7")).findFirst()
                .orElseThrow();
        AgreementStructure s = agreements.structure(id).orElseThrow();
        assertEquals("Överföringskommun T", s.party(added.leadPartyId()).orElseThrow().organisationName());
        assertEquals("Ökad trygghet", s.goal(added.goalId()).orElseThrow().title());
        assertEquals(3, activities.activitiesOf(id).size());
    }

    @Test
    void anExportedAgreementImportsAsTheSameAgreementFieldByField() {
        long id = imports.importAgreement("round.json", new ByteArrayInputStream(json("R")));
        // A report made now: its time has fractions of a second, which the export must keep.
        statusUpdates.report(activities.activitiesOf(id).get(1).id(), new StatusReport(ActivityStatus.IN_PROGRESS,
                TrafficLight.RED, 10, "Försenad", null, "Samordnare", null));
        List<String> original = describe(id);
        byte[] json = as(administrator(), () -> exports.json(id));
        byte[] xlsx = as(administrator(), () -> exports.xlsx(id));
        long fromJson = as(administrator(), () -> imports.importFile(new ImportRequest("r.json", json, null)));
        assertEquals(original, describe(fromJson));
        long fromXlsx = as(administrator(), () -> imports.importFile(new ImportRequest("r.xlsx", xlsx, null)));
        assertEquals(original, describe(fromXlsx));
        assertThrows(AccessDenied.class, () -> as(coordinatorOf(id + 1000), () -> exports.json(id)));
    }

    /**
     * Issue 13: the coordination is part of the agreement's JSON — its function, meetings and decisions (at a meeting
     * or elsewhere, with a reservation) with the activities they name — and imports again as it was exported; a
     * decision naming an activity the file does not hold is refused at its place, writing nothing.
     */
    @Test
    void theCoordinationTravelsWithTheAgreementsJson() throws SQLException {
        String withCoordination = VALID.formatted("C").replace("""
                    { "reference": "TRY-2", "title": "Lägesbild", "leadParty": "p" } ] } ] } }""", """
                    { "reference": "TRY-2", "title": "Lägesbild", "leadParty": "p" } ] } ],
                "coordination": {
                  "function": { "name": "Sam Ordnare", "roleTitle": "Trygghetssamordnare", "party": "k",
                                "email": "sam@example.se", "phone": "08-123 45" },
                  "meetings": [ { "key": "M1", "kind": "STEERING_GROUP", "title": "Styrgruppen", "heldOn": "2025-03-10",
                                  "parties": ["k", "p"], "agenda": "1. Läget", "minutes": "Protokoll" } ],
                  "decisions": [
                    { "meeting": "M1", "text": "Trygghetsvandringar startar", "paragraph": "§ 3", "activities": ["TRY-1"] },
                    { "text": "Svar på motion", "body": "Socialnämnden", "decidedOn": "2025-04-01", "paragraph": "§ 8",
                      "diaryNumber": "SN-2025/8", "reservation": "Reservation av en ledamot", "activities": ["TRY-2"] } ] } } }""");
        long id = imports.importAgreement("coordination.json",
                new ByteArrayInputStream(withCoordination.getBytes(StandardCharsets.UTF_8)));
        List<String> original = describeCoordination(id);
        assertEquals(List.of("function|Sam Ordnare|Trygghetssamordnare|Överföringskommun C|sam@example.se|08-123 45",
                "meeting|STEERING_GROUP|Styrgruppen|2025-03-10|[Överföringskommun C, Överföringspolis C]|1. Läget|Protokoll",
                "decision|Styrgruppen|Trygghetsvandringar startar|null|2025-03-10|§ 3|null|null|[TRY-1]",
                "decision|-|Svar på motion|Socialnämnden|2025-04-01|§ 8|SN-2025/8|Reservation av en ledamot|[TRY-2]"),
                original);
        byte[] json = as(administrator(), () -> exports.json(id));
        long again = as(administrator(), () -> imports.importFile(new ImportRequest("c.json", json, null)));
        assertEquals(original, describeCoordination(again));

        long before = rows();
        ImportRefused refused = assertThrows(ImportRefused.class, () -> imports.importAgreement("bad.json",
                new ByteArrayInputStream(withCoordination.replace("\"activities\": [\"TRY-2\"]",
                        "\"activities\": [\"TRY-9\"]").getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("agreement.coordination.decisions[1].activities[0]"),
                refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals(before, rows(), "nothing written");
    }

    /** The coordination of an agreement in words, without ids, oldest first. */
    private List<String> describeCoordination(long id) {
        AgreementStructure s = agreements.structure(id).orElseThrow();
        Map<Long, String> parties = new LinkedHashMap<>();
        s.parties().forEach(p -> parties.put(p.id(), p.organisationName()));
        Map<Long, String> references = new LinkedHashMap<>();
        activities.activitiesOf(id).forEach(a -> references.put(a.id(), a.reference()));
        List<String> out = new ArrayList<>();
        coordination.function(id).ifPresent(f -> out.add(String.join("|", "function", f.name(), f.roleTitle(),
                parties.get(f.partyId()), f.email(), f.phone())));
        Map<Long, String> meetings = new LinkedHashMap<>();
        coordination.meetings(id).stream().sorted(java.util.Comparator.comparing(m -> m.heldOn())).forEach(m -> {
            meetings.put(m.id(), m.title());
            out.add(String.join("|", "meeting", m.kind().name(), m.title(), m.heldOn().toString(),
                    m.partyIds().stream().map(parties::get).sorted().toList().toString(), m.agenda(), m.minutes()));
        });
        coordination.decisions(id).stream().sorted(java.util.Comparator.comparing(d -> d.decidedOn())).forEach(d ->
                out.add(String.join("|", "decision", d.meetingId() == null ? "-" : meetings.get(d.meetingId()), d.text(),
                        String.valueOf(d.body()), String.valueOf(d.decidedOn()), String.valueOf(d.paragraph()),
                        String.valueOf(d.diaryNumber()), String.valueOf(d.reservation()),
                        d.activityIds().stream().map(references::get).sorted().toList().toString())));
        return out;
    }

    /** Everything an agreement holds, without its ids: two equal lists are the same agreement. */
    private List<String> describe(long id) {
        AgreementStructure s = agreements.structure(id).orElseThrow();
        List<String> out = new ArrayList<>();
        var a = s.agreement();
        out.add(List.of(a.title(), a.validFrom(), a.validTo(), a.status(), a.diaryNumber(), a.decidedBy(), a.decidedOn(),
                a.description(), a.updateIntervalDays(), a.partiesReportOwnActivities()).toString());
        Map<Long, String> partyNames = new LinkedHashMap<>();
        for (PartyView p : s.parties()) {
            partyNames.put(p.id(), p.organisationName());
            out.add(String.join("|", "party", p.organisationName(), String.valueOf(p.organisationShortName()),
                    String.valueOf(p.organisationType()), String.valueOf(organisations.find(p.organisationId()).orElseThrow()
                            .organisationNumber()), String.valueOf(p.signatoryName()), String.valueOf(p.signatoryTitle()),
                    String.valueOf(p.signedOn()), String.valueOf(p.contactPerson())));
        }
        s.areas().forEach(area -> {
            out.add(String.join("|", "area", area.code(), area.name(), String.valueOf(area.description())));
            area.goals().forEach(g -> {
                out.add("goal|" + g.title() + "|" + g.description());
                g.subGoals().forEach(sub -> out.add("sub|" + sub.title() + "|" + sub.description()));
            });
        });
        for (ActivityView x : activities.activitiesOf(id)) {
            out.add(String.join("|", "activity", s.area(x.areaId()).orElseThrow().code(), x.reference(), x.title(),
                    String.valueOf(x.description()), x.goalId() == null ? "-" : s.goal(x.goalId()).orElseThrow().title(),
                    partyNames.get(x.leadPartyId()), x.participatingPartyIds().stream().map(partyNames::get).sorted().toList()
                            .toString(), String.valueOf(x.contactPerson()), String.valueOf(x.startDate()),
                    String.valueOf(x.dueDate()), String.valueOf(x.status()), String.valueOf(x.light()),
                    String.valueOf(x.progress()), String.valueOf(x.weight()), String.valueOf(x.lastUpdateAt())));
            activities.history(x.id()).forEach(u -> out.add(String.join("|", "update", u.reportedAt().toString(),
                    String.valueOf(u.status()), String.valueOf(u.light()), String.valueOf(u.progress()),
                    String.valueOf(u.comment()), String.valueOf(u.hoursSpent()), u.reportedBy(),
                    u.reporterOrganisationId() == null ? "-" : organisations.find(u.reporterOrganisationId()).orElseThrow().name())));
        }
        return out;
    }

    private static byte[] change(byte[] workbook, java.util.function.Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 120; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
