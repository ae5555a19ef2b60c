package se.samspar.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Locales;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.Refusal;
import se.samspar.platform.api.StaleEdit;

/** The API's errors as RFC 9457 problems: the status each failure answers, in the caller's language, no internals. */
class ProblemTest {
    private static final String AT = "/api/v1/activities/17/status-reports";

    @Test
    void eachFailureAnswersItsStatus() {
        assertEquals(400, ProblemMapper.problem(InvalidInput.of("comment", "samspar.statusReport.commentRequired"),
                Locales.ENGLISH, AT).status());
        assertEquals(400, ProblemMapper.problem(Refusal.of("agreement", "samspar.agreement.closed"),
                Locales.ENGLISH, AT).status());
        assertEquals(403, ProblemMapper.problem(new AccessDenied("report status"), Locales.ENGLISH, AT).status());
        assertEquals(404, ProblemMapper.problem(new NotFound("Activity", 17), Locales.ENGLISH, AT).status());
        assertEquals(409, ProblemMapper.problem(new StaleEdit("Activity", 17), Locales.ENGLISH, AT).status());
        assertEquals(409, ProblemMapper.problem(new RuntimeException(new SQLTransactionRollbackException("40XL1")),
                Locales.ENGLISH, AT).status());
        assertEquals(412, ProblemMapper.problem(new PreconditionFailed("activity 17"), Locales.ENGLISH, AT).status());
        assertEquals(413, ProblemMapper.problem(new ProcessingException(new ApiAccess.BodyTooLarge(65536)),
                Locales.ENGLISH, AT).status());
        assertEquals(400, ProblemMapper.problem(new ProcessingException(new JsonbException("Unexpected char")),
                Locales.ENGLISH, AT).status());
        assertEquals(500, ProblemMapper.problem(new IllegalStateException("secret internals"), Locales.ENGLISH, AT)
                .status());
    }

    @Test
    void refusedInputNamesEachFieldInTheCallersLanguage() {
        InvalidInput refused = new InvalidInput(List.of(new FieldProblem("comment", "samspar.statusReport.commentRequired"),
                new FieldProblem("progress", "jakarta.validation.constraints.Max.message", java.util.Map.of("value", 100))));
        Problem en = ProblemMapper.problem(refused, Locales.ENGLISH, AT);
        assertEquals("urn:samspar:problem:invalid-input", en.type());
        assertEquals("Bad request", en.title());
        assertEquals(AT, en.instance());
        assertEquals("comment", en.errors().get(0).field());
        assertTrue(en.errors().get(0).message().startsWith("Write a comment"), en.errors().get(0).message());
        assertEquals("progress", en.errors().get(1).field());
        assertTrue(en.errors().get(1).message().contains("100"), en.errors().get(1).message());
        Problem sv = ProblemMapper.problem(refused, Locales.SWEDISH, AT);
        assertEquals("Felaktig begäran", sv.title());
        assertTrue(sv.errors().get(0).message().startsWith("Skriv en kommentar"), sv.errors().get(0).message());
    }

    @Test
    void anUnforeseenFailureSaysNothingOfItself() {
        Problem p = ProblemMapper.problem(new IllegalStateException("SELECT * FROM secret"), Locales.ENGLISH, AT);
        assertEquals("Internal error", p.title());
        assertFalse(String.valueOf(p.detail()).contains("SELECT"), p.detail());
        assertNull(p.errors());
    }

    @Test
    void detailsCarryTheirFigures() {
        assertTrue(Problem.of(429, "rate-limited", Locales.ENGLISH, AT, 42L).detail().contains("42 seconds"));
        assertTrue(Problem.of(413, "too-large", Locales.ENGLISH, AT, 65536L).detail().contains("65,536 bytes"));
        assertTrue(Problem.of(413, "too-large", Locales.SWEDISH, AT, 65536L).detail().contains("65\u00a0536 byte"),
                Problem.of(413, "too-large", Locales.SWEDISH, AT, 65536L).detail());
        assertEquals("Authentication required", Problem.of(401, "unauthenticated", Locales.ENGLISH, AT).title());
        assertEquals("Inloggning krävs", Problem.of(401, "unauthenticated", Locales.SWEDISH, AT).title());
    }

    @Test
    void theLanguageIsTheFirstAcceptedOfSwedishAndEnglishElseSwedish() {
        assertEquals(Locales.ENGLISH, Problem.language(List.of(Locale.GERMAN, Locale.forLanguageTag("en-US"))));
        assertEquals(Locales.SWEDISH, Problem.language(List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)));
        assertEquals(Locales.SWEDISH, Problem.language(List.of(Locale.FRENCH)));
        assertEquals(Locales.SWEDISH, Problem.language(null));
    }
}
