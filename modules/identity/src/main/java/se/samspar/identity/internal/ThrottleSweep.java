package se.samspar.identity.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samspar.platform.api.SchemaReady;

/**
 * Deletes sign-in counters with nothing left to count, once an hour, off the sign-in path: a sweep scans the
 * table, and run inside a sign-in it once waited out Derby's lock timeout behind twenty parallel attempts and
 * turned a refusal into an error. A sweep that loses to locks is simply tried again the next hour.
 */
@ApplicationScoped
public class ThrottleSweep {
    private static final Logger LOG = Logger.getLogger(ThrottleSweep.class.getName());
    private static final long EVERY_MINUTES = 60;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ThrottleRows rows;
    @Inject
    Clock clock;

    private ScheduledFuture<?> schedule;

    void start(@Observes SchemaReady ready) {
        schedule = scheduler.scheduleWithFixedDelay(this::sweep, EVERY_MINUTES, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Counters whose last failure is a day past being forgotten, and whose wait is over. */
    public int sweep() {
        try {
            return rows.forgetOlderThan(LocalDateTime.now(clock).minus(SignInThrottle.FORGET_AFTER).minusDays(1));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sign-in counters not swept this time; tried again in an hour", e);
            return 0;
        }
    }
}
