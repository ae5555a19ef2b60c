package se.samspar.platform.internal;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import se.samspar.platform.api.ReadCache;
import se.samspar.platform.api.Transactions;

/**
 * A number that grows whenever a transaction that wrote to the database ends on this server: what {@link ReadCacheBean}
 * compares its answers against. Moved on at the end, not at the write: an answer computed while the transaction ran
 * read the data before it and is kept under the older number, so it is dropped as soon as the new one is in place.
 */
final class DataGeneration {
    private static final String KEY = DataGeneration.class.getName();
    private static final AtomicLong GENERATION = new AtomicLong();
    private static final AtomicBoolean TOLD = new AtomicBoolean();
    private static final Logger LOG = Logger.getLogger(DataGeneration.class.getName());

    private DataGeneration() {
    }

    static long current() {
        return GENERATION.get();
    }

    /** Called by the persistence layer before each statement that writes. */
    static void writing() {
        TransactionSynchronizationRegistry tx = Transactions.registry();
        if (tx == null || tx.getTransactionKey() == null) {
            GENERATION.incrementAndGet();
            return;
        }
        if (tx.getResource(KEY) != null) {
            return;
        }
        tx.putResource(KEY, Boolean.TRUE);
        try {
            tx.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    GENERATION.incrementAndGet();
                }
            });
        } catch (IllegalStateException tooLate) {
            // The transaction is already completing: moved on now, an answer read before the commit may be kept up to
            // ReadCache.MAX_AGE. Not seen in Payara; said once if it happens.
            GENERATION.incrementAndGet();
            if (!TOLD.getAndSet(true)) {
                LOG.warning("A write's transaction could not be followed to its end; cached answers may lag up to "
                        + ReadCache.MAX_AGE.toSeconds() + " s");
            }
        }
    }

    /** Whether the current transaction has written: its reads see its own changes, which no one else may be given. */
    static boolean writtenInThisTransaction() {
        TransactionSynchronizationRegistry tx = Transactions.registry();
        return tx != null && tx.getTransactionKey() != null && tx.getResource(KEY) != null;
    }
}
