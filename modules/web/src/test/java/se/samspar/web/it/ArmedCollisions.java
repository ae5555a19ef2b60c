package se.samspar.web.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@link CollidingReports} and {@link CollidingCreates} share: how many of the next attempts on a key (an
 * activity, an agreement) are armed to collide, and how many attempts reached the database since it was armed.
 */
abstract class ArmedCollisions {
    private final Map<Long, AtomicInteger> toCollide = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** The next {@code collisions} attempts on the key collide. */
    void arm(long key, int collisions) {
        attempts.remove(key);
        toCollide.put(key, new AtomicInteger(collisions));
    }

    /** How many attempts on the key reached the database since it was armed, saved or not. */
    int attempts(long key) {
        AtomicInteger n = attempts.get(key);
        return n == null ? 0 : n.get();
    }

    /** Counts an attempt on the key; returns its number if it is to collide, else 0. */
    int collides(long key) {
        int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        AtomicInteger left = toCollide.get(key);
        return left != null && left.getAndDecrement() > 0 ? attempt : 0;
    }
}
