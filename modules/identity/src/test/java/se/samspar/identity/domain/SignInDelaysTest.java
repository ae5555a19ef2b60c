package se.samspar.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** ASVS 2.2.1: growing waits after failed sign-ins, capped, forgotten after a quiet hour. */
class SignInDelaysTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 10, 0);
    private static final SignInDelays DELAYS = new SignInDelays(5, Duration.ofSeconds(30), Duration.ofMinutes(5),
            Duration.ofHours(1));

    @Test
    void fourFailuresCostNothingTheFifthStartsAWaitThatDoublesUpToTheCap() {
        for (int failures = 0; failures < 5; failures++) {
            assertEquals(Duration.ZERO, DELAYS.delayAfter(failures), failures + " failures");
            assertNull(DELAYS.blockedUntil(failures, NOW));
        }
        assertEquals(Duration.ofSeconds(30), DELAYS.delayAfter(5));
        assertEquals(Duration.ofSeconds(60), DELAYS.delayAfter(6));
        assertEquals(Duration.ofSeconds(120), DELAYS.delayAfter(7));
        assertEquals(Duration.ofSeconds(240), DELAYS.delayAfter(8));
        assertEquals(Duration.ofMinutes(5), DELAYS.delayAfter(9));
        assertEquals(Duration.ofMinutes(5), DELAYS.delayAfter(1_000_000), "never more than the cap");
        assertEquals(NOW.plusSeconds(60), DELAYS.blockedUntil(6, NOW));
    }

    @Test
    void failuresAreForgottenAfterAQuietHour() {
        assertFalse(DELAYS.forgotten(NOW, NOW.plusMinutes(59)));
        assertTrue(DELAYS.forgotten(NOW, NOW.plusMinutes(60)));
        assertTrue(DELAYS.forgotten(null, NOW));
    }
}
