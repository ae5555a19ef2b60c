package se.samspar.web.security;

import se.samspar.web.security.SessionGuard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** ASVS 3.3.2: a session ends after its absolute lifetime, however active it is. */
class SessionGuardTest {
    private static final long SIGNED_IN = 1_800_000_000_000L;

    @Test
    void aSessionEndsAfterItsMaximumHoursWhateverItsActivity() {
        long almost = SIGNED_IN + Duration.ofHours(12).minusSeconds(1).toMillis();
        assertFalse(SessionGuard.outlived(SIGNED_IN, almost, 12));
        assertTrue(SessionGuard.outlived(SIGNED_IN, SIGNED_IN + Duration.ofHours(12).toMillis(), 12));
        assertTrue(SessionGuard.outlived(SIGNED_IN, SIGNED_IN + Duration.ofMinutes(30).toMillis(), 0.5),
                "decimal hours");
        assertFalse(SessionGuard.outlived(SIGNED_IN, SIGNED_IN + Duration.ofMinutes(29).toMillis(), 0.5));
    }
}
