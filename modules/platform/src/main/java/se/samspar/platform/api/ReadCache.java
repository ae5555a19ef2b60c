package se.samspar.platform.api;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Answers read from the database, kept for the caller who asked until the data changes: for the pages that span
 * agreements (the police's start page and "Min organisation" read thousands of activities), which the same people
 * open again and again between changes. An answer is dropped when any transaction on this server that wrote to the
 * database ends, when the day changes, and at the latest after {@link #MAX_AGE} (for a change made past the
 * persistence layer, such as an operator's SQL). Inside a transaction that has written, and on the nodes of a cluster,
 * nothing is kept or reused. Values must be immutable.
 */
public interface ReadCache {
    Duration MAX_AGE = Duration.ofSeconds(30);

    /** The answer kept for this caller under {@code key}, or {@code compute}'s, then kept. */
    <T> T get(String key, Supplier<T> compute);

    /**
     * As {@link #get}, for an answer that depends only on what {@code key} names, not on who asks: one answer for all
     * who ask the same (the police's users share the parties of their 290 agreements).
     */
    <T> T shared(String key, Supplier<T> compute);
}
