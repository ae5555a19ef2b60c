package se.samspar.identity.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Growing delays after failed sign-ins, instead of a lock that anyone could renew (OWASP ASVS 2.2.1).
 * Failures are counted per key (a username, known or not, or a client address). The first
 * {@code freeFailures} cost nothing; the failure that reaches that number makes the next attempt wait
 * {@code firstDelay}, each further failure doubles the wait, up to {@code maxDelay}.
 *
 * <p>An attempt made while the wait runs is refused without its password being checked. It is counted,
 * but it does not start a new wait: only an attempt whose password was checked does. So nobody can keep
 * an account closed by hammering it; someone who guesses again each time the wait ends keeps its user
 * out for at most {@code maxDelay} after each guess, and gets one guess per {@code maxDelay}.
 * A key without failures for {@code forgetAfter} starts counting again from zero.
 */
public record SignInDelays(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

    public SignInDelays {
        if (freeFailures < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("free failures >= 1, 0 <= first delay <= max delay");
        }
        Objects.requireNonNull(forgetAfter);
    }

    /** How long the next attempt waits after {@code failures} failures in a row (zero: no wait). */
    public Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Until when attempts are refused after the {@code failures}-th failure at {@code at}; null: not at all. */
    public LocalDateTime blockedUntil(int failures, LocalDateTime at) {
        Duration delay = delayAfter(failures);
        return delay.isZero() ? null : at.plus(delay);
    }

    /** Whether failures whose last one was at {@code lastFailure} are forgotten by {@code now}. */
    public boolean forgotten(LocalDateTime lastFailure, LocalDateTime now) {
        return lastFailure == null || !now.isBefore(lastFailure.plus(forgetAfter));
    }
}
