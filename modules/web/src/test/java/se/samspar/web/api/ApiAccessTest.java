package se.samspar.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The API's gate: bearer tokens, the open feeds, the rate limit's windows and If-Match. */
class ApiAccessTest {

    @Test
    void theTokenIsWhatFollowsBearer() {
        assertEquals("smp_abc", ApiAccess.bearer("Bearer smp_abc"));
        assertEquals("smp_abc", ApiAccess.bearer("bearer  smp_abc "));
        assertNull(ApiAccess.bearer(null));
        assertNull(ApiAccess.bearer("Bearer "));
        assertNull(ApiAccess.bearer("Basic YWRtaW46c2Ftc3Bhcg=="));
    }

    @Test
    void onlyThePublicAndCalendarFeedsPassWithoutAToken() {
        assertTrue(ApiAccess.open("/api/v1/public/agreements/1"));
        assertTrue(ApiAccess.open("/api/v1/calendar/abc.ics"));
        assertFalse(ApiAccess.open("/api/v1/agreements"));
        assertFalse(ApiAccess.open("/api/v1/publicity"));
        assertFalse(ApiAccess.open("/api/v1/calendar"));
    }

    @Test
    void aTokenOverItsLimitWaitsForTheNextMinute() {
        RequestWindows windows = new RequestWindows(3);
        long start = 1_000_000;
        for (int i = 0; i < 3; i++) {
            assertEquals(0, windows.admit(7, start + i));
        }
        assertEquals(60, windows.admit(7, start + 10));
        assertEquals(0, windows.admit(8, start + 10), "another token has its own window");
        assertEquals(1, windows.admit(7, start + 59_500));
        assertEquals(0, windows.admit(7, start + 60_000), "a new minute");
    }

    @Test
    void ifMatchComparesTheVersionStrongly() {
        assertTrue(PreconditionFailed.matches(null, 5));
        assertTrue(PreconditionFailed.matches("\"5\"", 5));
        assertTrue(PreconditionFailed.matches("\"4\", \"5\"", 5));
        assertTrue(PreconditionFailed.matches("*", 5));
        assertFalse(PreconditionFailed.matches("\"4\"", 5));
        assertFalse(PreconditionFailed.matches("W/\"5\"", 5));
    }
}
