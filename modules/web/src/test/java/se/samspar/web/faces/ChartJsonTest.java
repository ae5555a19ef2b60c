package se.samspar.web.faces;

import se.samspar.web.faces.ChartJson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Chart JSON goes into a script element as it is (p:chart): nothing in a label may end the script, start markup or
 * end a JavaScript line, and the JSON still means the same. (The builders need a JSON-P provider, which only the
 * server has; the escaping is what they all end with.)
 */
class ChartJsonTest {
    @Test
    void nothingInALabelCanEndTheScriptItIsWrittenInto() {
        String json = "{\"labels\":[\"</script><b id=x>A & B\u2028C\u2029\"],\"data\":[1,2]}";
        assertEquals("{\"labels\":[\"\\u003c/script\\u003e\\u003cb id=x\\u003eA \\u0026 B\\u2028C\\u2029\"],"
                + "\"data\":[1,2]}", ChartJson.forScript(json));
    }

    @Test
    void ordinaryJsonIsUnchanged() {
        String json = "{\"type\":\"bar\",\"data\":{\"labels\":[\"Våld i nära relation\",\"\\\"citat\\\"\"]}}";
        assertEquals(json, ChartJson.forScript(json));
    }
}
