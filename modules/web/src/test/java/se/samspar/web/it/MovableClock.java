package se.samspar.web.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in the tests' deployments: the system's (Swedish) time,
 * moved forward by what a test asks, so a test sees a wait run out without waiting. Back to zero after each test.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class MovableClock {
    private static volatile Duration shift = Duration.ZERO;

    static void moveForward(Duration by) {
        shift = shift.plus(by);
    }

    static void reset() {
        shift = Duration.ZERO;
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Shifted(ZoneId.of("Europe/Stockholm"));
    }

    private static final class Shifted extends Clock {
        private final ZoneId zone;

        Shifted(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Shifted(zone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }
}
