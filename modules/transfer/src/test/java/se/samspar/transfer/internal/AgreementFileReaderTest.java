package se.samspar.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.Locales;
import se.samspar.transfer.api.AgreementImports;
import se.samspar.transfer.api.ImportRefused;
import se.samspar.transfer.domain.AgreementFile;

/**
 * Reading a file outside the container, with the JSON-B, JSON-P and Bean Validation implementations
 * Payara ships: what is accepted, and for each kind of problem the JSON path and message key it is
 * refused with. Writing through the services is ImportIT's.
 */
class AgreementFileReaderTest {
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final String ACTIVITY = "agreement.priorityAreas[0].activities[0]";

    /** ImportIT's small valid file, with a third organisation that is no party. */
    private static final String VALID = """
            {
              "format": "samspar-agreement/1",
              "organisations": [
                { "key": "k", "name": "Importkommun", "shortName": "Kommunen", "type": "MUNICIPALITY" },
                { "key": "p", "name": "Importpolis", "type": "POLICE" },
                { "key": "b", "name": "Bostadsbolaget", "type": "HOUSING_COMPANY", "organisationNumber": "556000-0000" }
              ],
              "agreement": {
                "title": "Import", "validFrom": "2025-01-01", "validTo": "2026-12-31", "status": "ACTIVE",
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

    private static AgreementFile read(String json) {
        return read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static AgreementFile read(String name, InputStream in) {
        return new AgreementFileReader(JSONB, VALIDATOR).read(name, in);
    }

    private static FieldProblem refused(String json) {
        ImportRefused refused = assertThrows(ImportRefused.class, () -> read(json));
        assertEquals("test.json", refused.file());
        assertTrue(refused.getMessage().startsWith("test.json: "), refused.getMessage());
        return refused.problems().get(0);
    }

    private static String with(String from, String to) {
        assertTrue(VALID.contains(from), from);
        return VALID.replace(from, to);
    }

    @Test
    void aValidFileIsReadWithItsHistory() {
        AgreementFile file = read(VALID);
        assertEquals(3, file.organisations().size());
        assertEquals(AgreementStatus.ACTIVE, file.agreement().status());
        AgreementFile.Activity a = file.agreement().priorityAreas().get(0).activities().get(0);
        assertEquals(2, a.weight());
        assertEquals(List.of("p"), a.participatingParties());
        assertEquals(ActivityStatus.COMPLETED, a.updates().get(1).status());
        assertNull(a.updates().get(0).hoursSpent());
        assertNull(file.agreement().priorityAreas().get(0).goals().get(0).subGoals().get(0).subGoals());
    }

    /** Issue 13: the coordination section is read, and its keys must name the file's parties, meetings and activities. */
    @Test
    void theCoordinationIsReadAndItsKeysResolved() {
        String json = with("] } ] } ]", "] } ] } ], \"coordination\": {"
                + " \"function\": { \"name\": \"Sam Ordnare\", \"party\": \"k\" },"
                + " \"meetings\": [ { \"key\": \"M1\", \"kind\": \"WORKING_GROUP\", \"title\": \"Arbetsgruppen\","
                + " \"heldOn\": \"2025-03-10\", \"parties\": [\"k\", \"p\"] } ],"
                + " \"decisions\": [ { \"meeting\": \"M1\", \"text\": \"Beslut\", \"activities\": [\"TRY-1\"] },"
                + " { \"text\": \"Svar\", \"body\": \"Socialnämnden\", \"decidedOn\": \"2025-04-01\" } ] }");
        AgreementFile file = read(json);
        AgreementFile.Coordination c = file.agreement().coordination();
        assertEquals("k", c.function().party());
        assertEquals(List.of("k", "p"), c.meetings().get(0).parties());
        assertEquals(List.of("TRY-1"), c.decisions().get(0).activities());
        assertEquals(null, c.decisions().get(1).meeting());
        assertEquals(null, read(VALID).agreement().coordination(), "left out: none");

        assertEquals("agreement.coordination.function.party",
                refused(json.replace("\"party\": \"k\"", "\"party\": \"b\"")).field(), "an organisation, no party");
        assertEquals("agreement.coordination.decisions[0].meeting",
                refused(json.replace("\"meeting\": \"M1\"", "\"meeting\": \"M2\"")).field());
        assertEquals("agreement.coordination.decisions[0].activities[0]",
                refused(json.replace("\"activities\": [\"TRY-1\"]", "\"activities\": [\"TRY-7\"]")).field());
        assertEquals("agreement.coordination.meetings[0].kind",
                refused(json.replace("WORKING_GROUP", "PARTY")).field());
    }

    @Test
    void optionalFieldsLeftOutTakeTheirDefaults() {
        AgreementFile file = read(VALID.replace("\"status\": \"ACTIVE\",", "").replace("\"weight\": 2,", "")
                .replace("\"participatingParties\": [\"p\"],", ""));
        assertEquals(AgreementStatus.DRAFT, file.agreement().status());
        assertEquals(60, file.agreement().updateIntervalDays());
        assertTrue(file.agreement().partiesReportOwnActivities());
        AgreementFile.Activity a = file.agreement().priorityAreas().get(0).activities().get(0);
        assertEquals(1, a.weight());
        assertEquals(List.of(), a.participatingParties());
    }

    @Test
    void theDemoFileIsAccepted() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("../../config/demo/huddinge-2023-2024.json"))) {
            AgreementFile file = read("huddinge-2023-2024.json", in);
            assertEquals("Samverkansöverenskommelse Huddinge 2023–2024", file.agreement().title());
        }
    }

    @Test
    void eachKindOfProblemIsRefusedAtItsJsonPath() {
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put(VALID.substring(0, 400), new String[] {"line", "samspar.import.malformed"});
        cases.put("[1, 2, 3]", new String[] {"$", "samspar.import.type"});
        cases.put(with("samspar-agreement/1", "excel/2"), new String[] {"format", "samspar.import.format"});
        cases.put(with("\"format\": \"samspar-agreement/1\",", ""), new String[] {"format", "samspar.required"});
        cases.put(with("\"title\": \"Import\",", ""), new String[] {"agreement.title", "samspar.required"});
        cases.put(with("\"title\": \"Import\"", "\"title\": \"  \""), new String[] {"agreement.title", "samspar.required"});
        cases.put(with("\"title\": \"Import\"", "\"title\": \"" + "x".repeat(201) + "\""),
                new String[] {"agreement.title", "jakarta.validation.constraints.Size.message"});
        cases.put(with("\"title\": \"Import\"", "\"title\": \"ring\\u0007\""),
                new String[] {"agreement.title", "samspar.text.controlCharacter"});
        cases.put(with("\"Genomförd\"", "\"Klient 811218-9876\""),
                new String[] {ACTIVITY + ".updates[1].comment", "samspar.text.personalIdentityNumber"});
        cases.put(with("\"weight\": 2", "\"weight\": \"två\""), new String[] {ACTIVITY + ".weight", "samspar.import.type"});
        cases.put(with("\"weight\": 2", "\"weight\": \"2\""), new String[] {ACTIVITY + ".weight", "samspar.import.type"});
        cases.put(with("\"weight\": 2", "\"weight\": 2.5"), new String[] {ACTIVITY + ".weight", "samspar.import.type"});
        cases.put(with("\"weight\": 2", "\"weight\": 10000000000"), new String[] {ACTIVITY + ".weight", "samspar.import.value"});
        cases.put(with("\"weight\": 2", "\"weight\": 101"),
                new String[] {ACTIVITY + ".weight", "jakarta.validation.constraints.Max.message"});
        cases.put(with("2025-10-31", "2025-13-45"), new String[] {ACTIVITY + ".dueDate", "samspar.import.value"});
        cases.put(with("2025-10-31", "1800-10-31"), new String[] {ACTIVITY + ".dueDate", "samspar.date.outOfRange"});
        cases.put(with("2025-10-31", "2025-01-31"), new String[] {ACTIVITY + ".dueDate", "samspar.dueBeforeStart"});
        cases.put(with("\"type\": \"POLICE\"", "\"type\": \"ARMY\""), new String[] {"organisations[1].type", "samspar.import.value"});
        cases.put(with("\"light\": \"GREEN\", \"progress\": 30", "\"light\": \"BLUE\", \"progress\": 30"),
                new String[] {ACTIVITY + ".updates[0].light", "samspar.import.value"});
        cases.put(with("\"organisationNumber\": \"556000-0000\"", "\"organisationNumber\": \"5560000000\""),
                new String[] {"organisations[2].organisationNumber", "samspar.organisationNumber.format"});
        cases.put(with("{ \"key\": \"b\"", "null, { \"key\": \"b\""), new String[] {"organisations[2]", "samspar.import.type"});
        cases.put(with("{ \"key\": \"b\"", "{ \"key\": \"k\""), new String[] {"organisations[2].key", "samspar.unique"});
        cases.put(with("\"leadParty\": \"k\"", "\"leadParty\": \"x\""), new String[] {ACTIVITY + ".leadParty", "samspar.unknown"});
        cases.put(with("\"leadParty\": \"k\"", "\"leadParty\": \"b\""), new String[] {ACTIVITY + ".leadParty", "samspar.party.notParty"});
        cases.put(with("[\"p\"]", "[\"k\"]"), new String[] {ACTIVITY + ".participatingParties", "samspar.party.leadNotParticipant"});
        cases.put(with("[\"p\"]", "[\"p\", 7]"), new String[] {ACTIVITY + ".participatingParties[1]", "samspar.import.type"});
        cases.put(with("[\"p\"]", "[\"p\", \"b\"]"), new String[] {ACTIVITY + ".participatingParties[1]", "samspar.party.notParty"});
        cases.put(with("\"goal\": \"G1\"", "\"goal\": \"G9\""), new String[] {ACTIVITY + ".goal", "samspar.unknown"});
        cases.put(with("{ \"key\": \"G1\", \"title\": \"Delmål\" }", "{ \"key\": \"G\", \"title\": \"Delmål\" }"),
                new String[] {"agreement.priorityAreas[0].goals[0].subGoals[0].key", "samspar.unique"});
        cases.put(with("\"title\": \"Delmål\" }", "\"title\": \"Delmål\", \"subGoals\": [] }"),
                new String[] {"agreement.priorityAreas[0].goals[0].subGoals[0].subGoals", "samspar.goal.oneLevel"});
        cases.put(with("2025-05-01T10:00:00", "2025-01-01T10:00:00"),
                new String[] {ACTIVITY + ".updates[1].reportedAt", "samspar.import.chronology"});
        cases.put(with("\"reportedBy\": \"Samordnare\", \"organisation\": \"k\" }",
                "\"reportedBy\": \"Samordnare\", \"organisation\": \"q\" }"), new String[] {ACTIVITY + ".updates[0].organisation", "samspar.unknown"});
        cases.put(with("\"code\": \"TRY\"", "\"code\": \"t\""), new String[] {"agreement.priorityAreas[0].code", "samspar.code.format"});
        cases.put(with("{ \"organisation\": \"p\", ", "{ \"organisation\": \"k\", "),
                new String[] {"agreement.parties[1].organisation", "samspar.unique"});
        cases.put(with("\"parties\": [", "\"parties\": {}, \"x\": ["), new String[] {"agreement.parties", "samspar.import.type"});
        cases.forEach((json, expected) -> {
            FieldProblem problem = refused(json);
            assertTrue(problem.field().startsWith(expected[0]), expected[0] + " named " + problem.field());
            assertEquals(expected[1], problem.key(), expected[0]);
            assertTrue(!problem.message(Locales.SWEDISH).isBlank());
        });
    }

    @Test
    void decimalsThatFitNoColumnAreRefusedAtTheirPathInMilliseconds() {
        String path = ACTIVITY + ".updates[0].hoursSpent";
        for (String hours : List.of("1e-400000002", "-1e-400000002", "1e400000000", "0.0001", "1" + "0".repeat(14))) {
            long start = System.nanoTime();
            FieldProblem problem = refused(with("\"progress\": 30,", "\"progress\": 30, \"hoursSpent\": " + hours + ","));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(path, problem.field(), hours);
            assertTrue(millis < 1000, hours + " took " + millis + " ms");
        }
        FieldProblem exponent = refused(with("\"progress\": 30,", "\"progress\": 30, \"hoursSpent\": 1e-400000002,"));
        assertEquals("samspar.number.digits", exponent.key());
        assertEquals("Högst 7 siffror före och 2 efter decimaltecknet.", exponent.message(Locales.SWEDISH));
        assertEquals("jakarta.validation.constraints.DecimalMax.message",
                refused(with("\"progress\": 30,", "\"progress\": 30, \"hoursSpent\": 10000.5,")).key());
        assertEquals("samspar.import.type",
                refused(with("\"progress\": 30,", "\"progress\": 30, \"hoursSpent\": \"12\",")).key());

        FieldProblem tooLong = refused(with("\"progress\": 30,", "\"progress\": 30, \"hoursSpent\": 1." + "5".repeat(5000) + ","));
        assertEquals("samspar.import.malformed", tooLong.key());

        AgreementFile fits = read(with("\"progress\": 30,", "\"progress\": 30, \"hoursSpent\": 12.5,"));
        assertEquals(new BigDecimal("12.5"),
                fits.agreement().priorityAreas().get(0).activities().get(0).updates().get(0).hoursSpent());
    }

    @Test
    void anOversizedFileIsRefused() {
        String huge = with("\"Trygghet\"", "\"" + "x".repeat(AgreementImports.MAX_BYTES) + "\"");
        assertEquals("samspar.import.tooLarge", refused(huge).key());
    }

    @Test
    void everyProblemIsNamedInFileOrder() {
        StringBuilder organisations = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            organisations.append(i == 0 ? "" : ", ").append("{ \"key\": \"o").append(i).append("\", \"name\": \"")
                    .append(i == 2 || i == 10 ? "ring\\u0007" : "Org " + i).append("\", \"type\": \"OTHER\" }");
        }
        String json = VALID.replace("{ \"key\": \"b\", \"name\": \"Bostadsbolaget\", \"type\": \"HOUSING_COMPANY\", "
                + "\"organisationNumber\": \"556000-0000\" }", organisations.toString());
        ImportRefused refused = assertThrows(ImportRefused.class, () -> read(json));
        assertEquals(List.of("organisations[4].name", "organisations[12].name"),
                refused.problems().stream().map(FieldProblem::field).toList());
    }
}
