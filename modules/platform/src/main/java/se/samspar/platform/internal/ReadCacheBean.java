package se.samspar.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.ReadCache;

/**
 * {@link ReadCache} in this server's memory: answers keyed by the caller (all of it: user, organisation, roles,
 * agreements coordinated) or, for {@link #shared}, by the asker's key alone, and by the day; each with the
 * {@link DataGeneration} it was read at. Only the current generation's answers are held: the first look after a
 * write ends drops them all, so what a busy day leaves behind is never more than what was asked since the last
 * change. An answer read while a write ended is returned but not kept. On the nodes of a cluster
 * ({@code samspar.cluster=true}, issue 15) nothing is kept, since another node's change would not be seen here (as
 * the draft reports). At most {@value #MAX_ANSWERS} answers (the largest, the parties of 290 agreements, some
 * 300 KB); past that all are dropped and the cache fills again.
 */
@ApplicationScoped
public class ReadCacheBean implements ReadCache {
    static final int MAX_ANSWERS = 500;

    private record Answer(long generation, long readAt, Object value) {
    }

    final Map<String, Answer> answers = new ConcurrentHashMap<>();
    /** The generation the answers held were read at. */
    private final AtomicLong held = new AtomicLong(-1);
    @Inject
    CallerContext callers;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "samspar.cluster", defaultValue = "false")
    boolean clustered;
    /** Off ({@code samspar.read-cache=false}): every answer read anew, as PageStatementsIT counts the reads. */
    @Inject
    @ConfigProperty(name = "samspar.read-cache", defaultValue = "true")
    boolean enabled = true;

    @Override
    public <T> T get(String key, Supplier<T> compute) {
        return answer(callers.current() + "|" + key, compute);
    }

    @Override
    public <T> T shared(String key, Supplier<T> compute) {
        return answer("*|" + key, compute);
    }

    @SuppressWarnings("unchecked")
    private <T> T answer(String key, Supplier<T> compute) {
        if (clustered || !enabled || DataGeneration.writtenInThisTransaction()) {
            return compute.get();
        }
        String full = LocalDate.now(clock) + "|" + key;
        long now = System.nanoTime();
        // The generation before reading: a write that ends while this reads moves it on, and the answer is not kept.
        long generation = DataGeneration.current();
        long before = held.get();
        if (before != generation && held.compareAndSet(before, generation)) {
            answers.clear(); // read before the last change: none of them may be given again
        }
        Answer kept = answers.get(full);
        if (kept != null && kept.generation() == generation && now - kept.readAt() < MAX_AGE.toNanos()) {
            return (T) kept.value();
        }
        T value = compute.get();
        if (DataGeneration.current() == generation) {
            if (answers.size() >= MAX_ANSWERS) {
                answers.clear();
            }
            // Each answer carries its generation too: one put just after another thread's clear is never given out.
            answers.put(full, new Answer(generation, now, value));
        }
        return value;
    }
}
