package se.samspar.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** After sign-in the user goes where they were going, but only to a page of this application. */
class SignInTargetTest {
    @Test
    void aPageOfTheApplicationWithItsQuery() {
        assertEquals("/activity?id=12", SignInTarget.pathWithin("/activity", "id=12", ""));
        assertEquals("/activities?agreement=1&status=RED", SignInTarget.pathWithin("/samspar/activities",
                "agreement=1&status=RED", "/samspar"));
        assertEquals("/board", SignInTarget.pathWithin("/board", null, ""));
    }

    @Test
    void nothingThatCouldLeadElsewhere() {
        assertNull(SignInTarget.pathWithin("//evil.example/x", null, ""));
        assertNull(SignInTarget.pathWithin("/\\evil.example", null, ""));
        assertNull(SignInTarget.pathWithin("/activity", "id=1\r\nSet-Cookie:x", ""));
        assertNull(SignInTarget.pathWithin("/other/activity", "id=1", "/samspar"));
        assertNull(SignInTarget.pathWithin("/samsparx/activity", "id=1", "/samspar"));
        assertNull(SignInTarget.pathWithin(null, null, ""));
        assertNull(SignInTarget.pathWithin("activity", null, ""));
    }

    @Test
    void notBackToSigningInNorToAResource() {
        assertNull(SignInTarget.pathWithin("/login", null, ""));
        assertNull(SignInTarget.pathWithin("/login.xhtml", null, ""));
        assertNull(SignInTarget.pathWithin("/jakarta.faces.resource/core.js", "ln=primefaces", ""));
        assertNull(SignInTarget.pathWithin("/", null, ""));
    }

    @Test
    void noSessionOrNothingSavedIsTheStartPage() {
        assertNull(SignInTarget.of(null, ""));
    }
}
