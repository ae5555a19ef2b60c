package se.samspar.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;

class ReadCacheBeanTest {
    private static final Caller POLICE = new Caller("polis", "Polis", 2L, Set.of("PARTNER"), Set.of(), false);
    private static final Caller OTHER = new Caller("polis2", "Polis", 2L, Set.of("PARTNER"), Set.of(), false);

    private final AtomicInteger reads = new AtomicInteger();
    private Caller caller = POLICE;

    private ReadCacheBean cache(Clock clock) {
        ReadCacheBean cache = new ReadCacheBean();
        cache.clock = clock;
        cache.callers = new CallerContext() {
            @Override
            public Caller current() {
                return caller;
            }

            @Override
            public Scope enter(Caller c) {
                throw new UnsupportedOperationException();
            }
        };
        return cache;
    }

    private int read() {
        return reads.incrementAndGet();
    }

    @Test
    void anAnswerIsReusedUntilAWriteEnds() {
        ReadCacheBean cache = cache(Clock.systemUTC());
        assertEquals(1, cache.get("queue", this::read));
        assertEquals(1, cache.get("queue", this::read), "asked again, nothing written: the same answer");
        assertEquals(2, cache.get("other", this::read), "another key is read");
        DataGeneration.writing(); // outside a transaction: moved on at once
        assertEquals(3, cache.get("queue", this::read), "after a write the answer is read again");
        assertEquals(3, cache.get("queue", this::read));
    }

    @Test
    void anAnswerIsNeverGivenToAnotherCallerOrOnAnotherDay() {
        Instant monday = Instant.parse("2026-11-30T22:59:00Z");
        ReadCacheBean cache = cache(Clock.fixed(monday, ZoneId.of("Europe/Stockholm")));
        assertEquals(1, cache.get("queue", this::read));
        caller = OTHER;
        assertEquals(2, cache.get("queue", this::read), "another user of the same organisation reads their own");
        caller = POLICE;
        assertEquals(1, cache.get("queue", this::read));
        cache.clock = Clock.fixed(monday.plusSeconds(120), ZoneId.of("Europe/Stockholm"));
        assertEquals(3, cache.get("queue", this::read), "past midnight in Stockholm the answer is read again");
    }

    @Test
    void onTheNodesOfAClusterNothingIsKept() {
        ReadCacheBean cache = cache(Clock.systemUTC());
        cache.clustered = true;
        assertEquals(1, cache.get("queue", this::read));
        assertEquals(2, cache.get("queue", this::read), "another node's change would not be seen here");
    }

    @Test
    void aSharedAnswerIsGivenToEveryoneWhoAsksTheSame() {
        ReadCacheBean cache = cache(Clock.systemUTC());
        assertEquals(1, cache.shared("parties|1,2", this::read));
        caller = OTHER;
        assertEquals(1, cache.shared("parties|1,2", this::read), "another caller, the same key: the same answer");
        assertEquals(2, cache.get("parties|1,2", this::read), "not mixed up with a caller's own answers");
    }

    @Test
    void aWriteDropsEveryAnswerHeldSoNothingStaleTakesUpMemory() {
        ReadCacheBean cache = cache(Clock.systemUTC());
        cache.get("a", this::read);
        cache.shared("b", this::read);
        assertEquals(2, cache.answers.size());
        DataGeneration.writing();
        assertEquals(3, cache.get("c", this::read));
        assertEquals(1, cache.answers.size(), "only the answer read since the write");
    }
}
