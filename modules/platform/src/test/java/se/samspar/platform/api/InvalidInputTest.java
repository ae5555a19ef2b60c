package se.samspar.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

    @Test
    void aFormNamesTheRefusedFieldsItsOwnWayKeepingWhatWasSaidOfThem() {
        InvalidInput refused = new InvalidInput(List.of(new FieldProblem("currentPassword", "samspar.password.currentWrong"),
                new FieldProblem("newPassword", "samspar.size", Map.of("max", 128)),
                new FieldProblem(null, "samspar.removal.activities")));

        InvalidInput atTheForm = refused.withFields(f -> "currentPassword".equals(f) ? "current" : f);

        assertEquals(List.of(new FieldProblem("current", "samspar.password.currentWrong"),
                new FieldProblem("newPassword", "samspar.size", Map.of("max", 128)),
                new FieldProblem(null, "samspar.removal.activities")), atTheForm.problems());
        assertEquals("currentPassword", refused.problems().get(0).field(), "the service's refusal is left as it was");
    }
}
