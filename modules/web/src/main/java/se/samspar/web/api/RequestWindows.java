package se.samspar.web.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-token rate limit: at most {@code perMinute} requests in each fixed minute. Kept in memory, per node: a limit
 * against runaway scripts, not an accounting.
 */
final class RequestWindows {
    private static final long MINUTE = 60_000;
    private static final int FORGET_ABOVE = 10_000;

    private record Window(long start, int count) {
    }

    private final int perMinute;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    RequestWindows(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts a request of the token at {@code now} (epoch millis): 0 when admitted, else seconds to wait (at least 1). */
    long admit(long tokenId, long now) {
        if (windows.size() > FORGET_ABOVE) {
            windows.values().removeIf(w -> now - w.start() >= MINUTE);
        }
        Window w = windows.compute(tokenId, (id, old) -> old == null || now - old.start() >= MINUTE
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        if (w.count() <= perMinute) {
            return 0;
        }
        return Math.max(1, (w.start() + MINUTE - now + 999) / 1000);
    }
}
