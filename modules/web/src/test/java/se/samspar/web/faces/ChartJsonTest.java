package se.samspar.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chart JSON goes into a script element as it is (p:chart): nothing in a label may end the script, start markup or
 * end a JavaScript line, and the JSON still means the same; a whole chart's configuration too.
 */
class ChartJsonTest {
    @Test
    void nothingInALabelCanEndTheScriptItIsWrittenInto() {
        String json = "{\"labels\":[\"</script><b id=x>A & B\u2028C\u2029\"],\"data\":[1,2]}";
        assertEquals("{\"labels\":[\"\\u003c/script\\u003e\\u003cb id=x\\u003eA \\u0026 B\\u2028C\\u2029\"],"
                + "\"data\":[1,2]}", ChartJson.forScript(json));
    }

    @Test
    void aChartsLabelsAreEscapedInItsConfiguration() {
        String json = ChartJson.percentBars(List.of("</script>", "Våld"), Arrays.asList(40, null),
                "Andel", true);

        assertFalse(json.contains("</script>"), json);
        assertTrue(json.startsWith("{\"type\":\"bar\""), json);
        assertTrue(json.contains("\\u003c/script\\u003e"), json);
        assertTrue(json.contains("Våld"), json);
    }

    @Test
    void ordinaryJsonIsUnchanged() {
        String json = "{\"type\":\"bar\",\"data\":{\"labels\":[\"Våld i nära relation\",\"\\\"citat\\\"\"]}}";
        assertEquals(json, ChartJson.forScript(json));
    }
}
