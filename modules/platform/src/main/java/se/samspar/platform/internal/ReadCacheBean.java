package se.samspar.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.ReadCache;

/**
 * {@link ReadCache} in this server's memory: answers keyed by the caller (all of it: user, organisation, roles,
 * agreements coordinated), the day and the asker's key, each with the {@link DataGeneration} it was read at; an
 * answer read while a write ended is returned but not kept. On the nodes of a cluster ({@code samspar.cluster=true},
 * issue 15) nothing is kept, since another node's change would not be seen here (as the draft reports). At most
 * {@value #MAX_ANSWERS} answers; past that all are dropped and the cache fills again (simpler than an eviction order,
 * and it happens only with thousands of callers within {@link ReadCache#MAX_AGE}).
 */
@ApplicationScoped
public class ReadCacheBean implements ReadCache {
    static final int MAX_ANSWERS = 2_000;

    private record Answer(long generation, long readAt, Object value) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
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
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        if (clustered || !enabled || DataGeneration.writtenInThisTransaction()) {
            return compute.get();
        }
        String full = callers.current() + "|" + LocalDate.now(clock) + "|" + key;
        long now = System.nanoTime();
        Answer kept = answers.get(full);
        if (kept != null && kept.generation() == DataGeneration.current()
                && now - kept.readAt() < MAX_AGE.toNanos()) {
            return (T) kept.value();
        }
        // The generation before reading: a write that ends while this reads moves it on, and the answer is not reused.
        long generation = DataGeneration.current();
        T value = compute.get();
        if (DataGeneration.current() == generation) {
            if (answers.size() >= MAX_ANSWERS) {
                answers.clear();
            }
            answers.put(full, new Answer(generation, now, value));
        }
        return value;
    }
}
