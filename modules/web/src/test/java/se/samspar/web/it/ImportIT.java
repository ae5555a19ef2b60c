package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.StatusUpdates;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.Locales;
import se.samspar.transfer.api.AgreementImports;
import se.samspar.transfer.api.ImportRefused;
import se.samspar.web.startup.DemoData;

/**
 * The agreement import inside Payara Micro: the demo file loads whole and exactly once; every
 * kind of bad file is refused whole, naming the file and the place, and writes nothing. Runs
 * first on the integration tests' fresh database (failsafe empties target/it-db, and
 * {@code @Order(1)} with the class orderer in junit-platform.properties puts this class before
 * every other), which the demo case needs.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AsSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1)
class ImportIT {

    /** A small valid file; the malformed cases below each break one thing of it. */
    private static final String VALID = """
            {
              "format": "samspar-agreement/1",
              "organisations": [
                { "key": "k", "name": "Importkommun %1$s", "shortName": "Kommunen", "type": "MUNICIPALITY" },
                { "key": "p", "name": "Importpolis %1$s", "type": "POLICE" }
              ],
              "agreement": {
                "title": "Import %1$s", "validFrom": "2025-01-01", "validTo": "2026-12-31", "status": "ACTIVE",
                "parties": [ { "organisation": "k" }, { "organisation": "p", "contactPerson": "Kommunpolis" } ],
                "priorityAreas": [ {
                  "code": "TRY", "name": "Trygghet",
                  "goals": [ { "key": "G", "title": "Ökad trygghet", "subGoals": [ { "key": "G1", "title": "Delmål" } ] } ],
                  "activities": [ {
                    "reference": "TRY-1", "title": "Trygghetsvandring", "goal": "G1", "leadParty": "k",
                    "participatingParties": ["p"], "startDate": "2025-02-01", "dueDate": "2025-10-31", "weight": 2,
                    "updates": [
                      { "reportedAt": "2025-03-01T10:00:00", "status": "IN_PROGRESS", "light": "GREEN", "progress": 30,
                        "reportedBy": "Samordnare", "organisation": "k" },
                      { "reportedAt": "2025-05-01T10:00:00", "status": "COMPLETED", "light": "GREEN", "progress": 100,
                        "comment": "Genomförd", "reportedBy": "Samordnare", "organisation": "k" }
                    ] } ] } ]
              }
            }
            """;

    @Inject
    AgreementImports agreementImport;
    @Inject
    DemoData demoData;
    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    StatusUpdates statusUpdates;
    @Resource(lookup = "java:app/jdbc/samspar")
    DataSource dataSource;

    private long rows() throws SQLException {
        return Fixtures.rowsWrittenByAnImport(dataSource);
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String valid(String tag) {
        return VALID.formatted(tag);
    }

    @Test
    @Order(1)
    void theDemoAgreementIsImportedOnceIntoAnEmptyDatabase() {
        assertTrue(demoData.importIfEmpty(), "the database starts empty in this deployment");
        assertFalse(demoData.importIfEmpty(), "never a second time");

        AgreementStructure s = agreements.structure(agreements.agreements().stream()
                .filter(a -> a.title().equals("Samverkansöverenskommelse Huddinge 2023–2024"))
                .findFirst().orElseThrow().id()).orElseThrow();
        assertEquals(AgreementStatus.ACTIVE, s.agreement().status());
        assertEquals("2023-01-01", s.agreement().validFrom().toString());
        assertEquals("2024-12-31", s.agreement().validTo().toString());
        assertEquals(List.of("Huddinge kommun", "Polismyndigheten", "Södertörns brandförsvarsförbund",
                        "Kriminalvården", "Huge Bostäder AB", "Huddinge Samhällsfastigheter AB"),
                s.parties().stream().map(p -> p.organisationName()).toList());
        PriorityAreaView vinr = s.areas().stream().filter(a -> a.code().equals("VINR")).findFirst().orElseThrow();
        assertEquals("Våld i nära relation", vinr.name());
        GoalView overall = vinr.goals().get(0);
        assertEquals("Våld i nära relationer ska upphöra", overall.title());
        assertEquals(List.of("Intern och extern samverkan", "Stöd till våldsutsatta och våldsutövare",
                        "Metodutveckling och utbildningsinsatser", "Förebyggande insatser mot våld",
                        "Informationsinsatser"),
                overall.subGoals().stream().map(GoalView::title).toList());
        List<ActivityView> list = activities.activitiesOf(s.agreement().id());
        assertTrue(list.stream().filter(a -> a.areaId() == vinr.id()).count() >= 5);
        assertTrue(list.stream().map(ActivityView::status).distinct().count() >= 3, "statuses vary");
        assertTrue(list.stream().anyMatch(a -> !activities.history(a.id()).isEmpty()));

        // A change through the services that RestartIT, in the next server, must still find.
        ActivityView vinr1 = list.stream().filter(a -> a.reference().equals("VINR-1")).findFirst().orElseThrow();
        statusUpdates.report(vinr1.id(), new StatusReport(ActivityStatus.IN_PROGRESS, TrafficLight.YELLOW, 90,
                RestartIT.MARK, null, "Samordnare", null));
    }

    @Test
    @Order(2)
    void aValidFileImportsWithItsHistory() {
        long id = agreementImport.importAgreement("valid.json", stream(valid("A")));
        AgreementStructure s = agreements.structure(id).orElseThrow();
        assertEquals(AgreementStatus.ACTIVE, s.agreement().status());
        assertEquals(2, s.parties().size());
        ActivityView a = activities.activitiesOf(id).get(0);
        assertEquals(ActivityStatus.COMPLETED, a.status());
        assertEquals(100, a.progress());
        assertEquals(2, a.weight());
        assertEquals(1, a.participatingPartyIds().size());
        assertEquals(2, activities.history(a.id()).size());
        assertEquals(s.goals().filter(g -> g.title().equals("Delmål")).findFirst().orElseThrow().id(), a.goalId());
    }

    /** Each case: the broken file, and the place the refusal must name. */
    private static final Map<String, String[]> BROKEN = Map.ofEntries(
            Map.entry("truncated.json", new String[] {valid("B").substring(0, 400), "line"}),
            Map.entry("not-an-object.json", new String[] {"[1, 2, 3]", "$"}),
            Map.entry("wrong-format.json", new String[] {valid("C").replace("samspar-agreement/1", "excel/2"), "format"}),
            Map.entry("missing-title.json", new String[] {valid("D").replace("\"title\": \"Import D\",", ""),
                    "agreement.title"}),
            Map.entry("wrong-type.json", new String[] {valid("E").replace("\"weight\": 2", "\"weight\": \"två\""),
                    "agreement.priorityAreas[0].activities[0].weight"}),
            Map.entry("bad-date.json", new String[] {valid("F").replace("2025-10-31", "2025-13-45"),
                    "agreement.priorityAreas[0].activities[0].dueDate"}),
            Map.entry("unknown-lead.json", new String[] {valid("G").replace("\"leadParty\": \"k\"", "\"leadParty\": \"x\""),
                    "agreement.priorityAreas[0].activities[0].leadParty"}),
            Map.entry("hundred-in-progress.json", new String[] {valid("H").replace(
                    "\"status\": \"COMPLETED\", \"light\": \"GREEN\", \"progress\": 100",
                    "\"status\": \"IN_PROGRESS\", \"light\": \"GREEN\", \"progress\": 100"),
                    "agreement.priorityAreas[0].activities[0].updates[1].progress"}),
            Map.entry("personal-number.json", new String[] {valid("I").replace("\"Genomförd\"", "\"Klient 811218-9876\""),
                    "agreement.priorityAreas[0].activities[0].updates[1].comment"}),
            Map.entry("out-of-order.json", new String[] {valid("J").replace("2025-05-01T10:00:00", "2025-01-01T10:00:00"),
                    "agreement.priorityAreas[0].activities[0].updates[1].reportedAt"}),
            Map.entry("bad-code.json", new String[] {valid("K").replace("\"code\": \"TRY\"", "\"code\": \"t\""),
                    "agreement.priorityAreas[0].code"}),
            Map.entry("duplicate-party.json", new String[] {valid("L").replace("{ \"organisation\": \"p\", ",
                    "{ \"organisation\": \"k\", "), "agreement.parties[1].organisation"}));

    @Test
    @Order(3)
    void everyBrokenFileIsRefusedWholeNamingTheFileAndThePlace() throws SQLException {
        for (Map.Entry<String, String[]> broken : BROKEN.entrySet()) {
            long before = rows();
            ImportRefused refused = assertThrows(ImportRefused.class,
                    () -> agreementImport.importAgreement(broken.getKey(), stream(broken.getValue()[0])), broken.getKey());
            assertEquals(broken.getKey(), refused.file());
            String field = refused.problems().get(0).field();
            assertTrue(field.startsWith(broken.getValue()[1]), broken.getKey() + " named " + field);
            assertFalse(refused.problems().get(0).message(Locales.SWEDISH).isBlank());
            assertEquals(before, rows(), broken.getKey() + " wrote something");
        }
    }

    @Test
    @Order(4)
    void anOversizedFileIsRefused() throws SQLException {
        long before = rows();
        String huge = valid("M").replace("\"Trygghet\"", "\"" + "x".repeat(AgreementImports.MAX_BYTES) + "\"");
        ImportRefused refused = assertThrows(ImportRefused.class,
                () -> agreementImport.importAgreement("huge.json", stream(huge)));
        assertEquals("samspar.import.tooLarge", refused.problems().get(0).key());
        assertEquals(before, rows());
    }
    /** One text field of the import format: where it is in the file, its path, and how to read it back. */
    private record ImportField(String original, String path, java.util.function.Function<Long, String> read) {
    }

    @Test
    @Order(5)
    void hostileValuesInEveryImportFieldAreStoredAsGivenOrRefusedWhole() throws SQLException {
        List<ImportField> fields = List.of(
                new ImportField("\"title\": \"Import %1$s\"", "agreement.title",
                        id -> agreements.structure(id).orElseThrow().agreement().title()),
                new ImportField("\"name\": \"Trygghet\"", "agreement.priorityAreas[0].name",
                        id -> agreements.structure(id).orElseThrow().areas().get(0).name()),
                new ImportField("\"title\": \"Ökad trygghet\"", "agreement.priorityAreas[0].goals[0].title",
                        id -> agreements.structure(id).orElseThrow().areas().get(0).goals().get(0).title()),
                new ImportField("\"contactPerson\": \"Kommunpolis\"", "agreement.parties[1].contactPerson",
                        id -> agreements.structure(id).orElseThrow().parties().get(1).contactPerson()),
                new ImportField("\"title\": \"Trygghetsvandring\"", "agreement.priorityAreas[0].activities[0].title",
                        id -> activities.activitiesOf(id).get(0).title()),
                new ImportField("\"comment\": \"Genomförd\"", "agreement.priorityAreas[0].activities[0].updates[1].comment",
                        id -> activities.history(activities.activitiesOf(id).get(0).id()).get(0).comment()));
        int n = 0;
        for (ImportField field : fields) {
            String key = field.original().substring(0, field.original().indexOf(':') + 1);
            for (Map.Entry<String, String> value : HostileInput.STORED.entrySet()) {
                String tag = "H" + n++;
                String file = VALID.replace(field.original(), key + " \"" + json(value.getValue()) + "\"").formatted(tag);
                long id = agreementImport.importAgreement(tag + ".json", stream(file));
                assertEquals(value.getValue().strip(), field.read().apply(id), field.path() + " keeps " + value.getKey());
            }
            for (Map.Entry<String, String> value : HostileInput.REFUSED.entrySet()) {
                String tag = "H" + n++;
                String file = VALID.replace(field.original(), key + " \"" + json(value.getValue()) + "\"").formatted(tag);
                long before = rows();
                ImportRefused refused = assertThrows(ImportRefused.class,
                        () -> agreementImport.importAgreement(tag + ".json", stream(file)), field.path() + " " + value.getKey());
                assertTrue(refused.problems().get(0).field().startsWith(field.path()),
                        value.getKey() + " named " + refused.problems().get(0).field());
                assertEquals(before, rows(), value.getKey() + " in " + field.path() + " wrote nothing");
            }
        }
        // A truncated file is refused whole too.
        long before = rows();
        String whole = valid("T");
        ImportRefused truncated = assertThrows(ImportRefused.class,
                () -> agreementImport.importAgreement("truncated.json", stream(whole.substring(0, whole.length() / 2))));
        assertEquals("samspar.import.malformed", truncated.problems().get(0).key());
        assertEquals(before, rows());
    }

    /**
     * Hours no DECIMAL(9, 2) holds, written as JSON numbers (1e-400000002, 1e400000000, too many digits or
     * decimals), refuse the whole file within a second, naming the file and the JSON path; a number too long
     * for the JSON parser itself is refused as malformed.
     */
    @Test
    @Order(6)
    void decimalsThatFitNoColumnRefuseTheFileNamingItsPathInMilliseconds() throws SQLException {
        String path = "agreement.priorityAreas[0].activities[0].updates[0].hoursSpent";
        int n = 0;
        for (Map.Entry<String, String> value : HostileInput.DECIMALS_REFUSED.entrySet()) {
            String tag = "N" + n++;
            String file = valid(tag).replace("\"progress\": 30,", "\"progress\": 30, \"hoursSpent\": " + value.getValue() + ",");
            long before = rows();
            long start = System.nanoTime();
            ImportRefused refused = assertThrows(ImportRefused.class,
                    () -> agreementImport.importAgreement(tag + ".json", stream(file)), value.getKey());
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("ImportIT: hours " + value.getKey() + " refused in " + millis + " ms");
            assertTrue(millis < HostileInput.DECIMAL_REFUSAL_MILLIS, value.getKey() + " took " + millis + " ms");
            assertEquals(tag + ".json", refused.file());
            assertEquals(path, refused.problems().get(0).field(), value.getKey());
            assertEquals(before, rows(), value.getKey() + " wrote nothing");
        }
        ImportRefused exponent = assertThrows(ImportRefused.class, () -> agreementImport.importAgreement("exponent.json",
                stream(valid("N9").replace("\"progress\": 30,", "\"progress\": 30, \"hoursSpent\": 1e-400000002,"))));
        assertEquals("samspar.number.digits", exponent.problems().get(0).key());
        assertEquals("Högst 7 siffror före och 2 efter decimaltecknet.",
                exponent.problems().get(0).message(Locales.SWEDISH));

        long before = rows();
        String longNumber = valid("N10").replace("\"progress\": 30,", "\"progress\": 30, \"hoursSpent\": 1."
                + "5".repeat(5000) + ",");
        ImportRefused tooLong = assertThrows(ImportRefused.class,
                () -> agreementImport.importAgreement("long-number.json", stream(longNumber)));
        assertEquals("long-number.json", tooLong.file());
        assertEquals("samspar.import.malformed", tooLong.problems().get(0).key());
        assertEquals(before, rows());

        // Hours that fit are imported as given.
        long id = agreementImport.importAgreement("hours.json", stream(valid("N11").replace("\"progress\": 30,",
                "\"progress\": 30, \"hoursSpent\": 12.5,")));
        List<se.samspar.actionplan.api.StatusUpdateView> history = activities.history(activities.activitiesOf(id).get(0).id());
        assertEquals(0, new BigDecimal("12.5").compareTo(history.get(history.size() - 1).hoursSpent()));
    }

    /** A string as a JSON string literal's content. */
    private static String json(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
