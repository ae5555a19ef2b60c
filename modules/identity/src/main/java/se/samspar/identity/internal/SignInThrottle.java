package se.samspar.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspar.identity.domain.SignInDelays;
import se.samspar.platform.api.LockConflicts;

/**
 * Growing delays after failed sign-ins ({@link SignInDelays}), per username — known or not, keyed by its
 * hash, so an unknown name behaves exactly like a known one — and per client address. Every attempt is
 * counted as failed before its password is checked and forgiven when it succeeds.
 */
@ApplicationScoped
public class SignInThrottle {
    static final String USER = "USER";
    static final String ADDRESS = "ADDRESS";

    @Inject
    ThrottleRows rows;
    @Inject
    InstallationSecret secret;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "samspar.sign-in.free-failures", defaultValue = "5")
    int freeFailures;
    @Inject
    @ConfigProperty(name = "samspar.sign-in.free-failures-per-address", defaultValue = "20")
    int freeFailuresPerAddress;
    @Inject
    @ConfigProperty(name = "samspar.sign-in.first-delay-seconds", defaultValue = "30")
    long firstDelaySeconds;
    @Inject
    @ConfigProperty(name = "samspar.sign-in.max-delay-seconds", defaultValue = "300")
    long maxDelaySeconds;

    /** Failures with no new one for this long are forgotten. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** One attempt's counters, and whether it may have its password checked. */
    record Attempt(ThrottleRows.Key user, ThrottleRows.Key address, boolean admitted) {
    }

    SignInDelays perUsername() {
        return new SignInDelays(freeFailures, Duration.ofSeconds(firstDelaySeconds), Duration.ofSeconds(maxDelaySeconds),
                FORGET_AFTER);
    }

    SignInDelays perAddress() {
        return new SignInDelays(freeFailuresPerAddress, Duration.ofSeconds(firstDelaySeconds),
                Duration.ofSeconds(maxDelaySeconds), FORGET_AFTER);
    }

    String userKey(String username) {
        return secret.hash("user:" + InstallationSecret.normalised(username));
    }

    /** Counts the attempt and tells whether its password may be checked now. */
    Attempt attempt(String username, String address) {
        ThrottleRows.Key user = new ThrottleRows.Key(USER, userKey(username), perUsername());
        ThrottleRows.Key from = new ThrottleRows.Key(ADDRESS, secret.hash("address:" + address), perAddress());
        LocalDateTime now = LocalDateTime.now(clock);
        Boolean admitted = claim(List.of(user, from), now);
        if (admitted == null) {
            for (ThrottleRows.Key k : List.of(user, from)) {
                try {
                    rows.insert(k);
                } catch (RuntimeException alreadyThere) {
                    // inserted by a parallel attempt (or earlier): counted on below all the same
                }
            }
            admitted = claim(List.of(user, from), now);
        }
        return new Attempt(user, from, Boolean.TRUE.equals(admitted));
    }

    /**
     * A claim, made again when the database rolled it back over locks (SQL state class 40: a lock wait timeout or a
     * deadlock, seen once in twenty parallel guesses on one username): each claim is a transaction of its own, so a
     * rolled-back one counted nothing, and a burst of attempts must not end in an error instead of a refusal.
     */
    private Boolean claim(List<ThrottleRows.Key> keys, LocalDateTime now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return rows.claim(keys, now);
            } catch (RuntimeException e) {
                if (attempt >= CLAIM_ATTEMPTS || !LockConflicts.rolledBackOverLocks(e)) {
                    throw e;
                }
            }
        }
    }

    static final int CLAIM_ATTEMPTS = 5;

    void succeeded(Attempt attempt) {
        rows.succeeded(attempt.user(), attempt.address());
    }

    /** Failures counted and the end of the wait (null: none now), for the given usernames. */
    Map<String, ThrottleRows.Row> ofUsernames(Collection<String> usernames) {
        Map<String, String> keys = usernames.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), this::userKey));
        Map<String, ThrottleRows.Row> found = rows.find(USER, keys.values());
        LocalDateTime now = LocalDateTime.now(clock);
        SignInDelays delays = perUsername();
        return keys.entrySet().stream().filter(e -> found.containsKey(e.getValue())).collect(Collectors.toMap(
                Map.Entry::getKey, e -> {
                    ThrottleRows.Row r = found.get(e.getValue());
                    boolean waiting = r.blockedUntil() != null && now.isBefore(r.blockedUntil());
                    boolean forgotten = !waiting && delays.forgotten(r.lastFailure(), now);
                    return new ThrottleRows.Row(forgotten ? 0 : r.failures(), r.lastFailure(),
                            waiting ? r.blockedUntil() : null);
                }));
    }
}
