package se.samspar.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FieldProblemTest {
    private final Locale jvmDefault = Locale.getDefault();

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void numbersAreWrittenInTheMessagesLanguageNotTheJvmDefault() {
        Locale.setDefault(Locale.US);
        FieldProblem tooLong = new FieldProblem("comment", "samspar.text.tooLong", Map.of("max", 4000));
        // Swedish groups thousands with a (non-breaking) space; "4,000" would read as four.
        assertEquals("Får vara högst 4\u00a0000 tecken.", tooLong.message(Locales.SWEDISH));
        assertEquals("At most 4,000 characters.", tooLong.message(Locales.ENGLISH));
        assertEquals("Får vara högst 200 tecken.",
                new FieldProblem("title", "samspar.text.tooLong", Map.of("max", 200)).message(Locales.SWEDISH));
    }
}
