package se.samspar.platform.internal;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import se.samspar.platform.api.LockConflicts;
import se.samspar.platform.api.RetriedOnLockConflict;
import se.samspar.platform.api.Transactions;

/**
 * Does a {@link RetriedOnLockConflict} command again when the database rolled it back over locks, up to
 * {@link #ATTEMPTS} times in all, after a short random pause (so the colliding commands do not meet again).
 * Runs outside the transaction interceptor (PLATFORM_BEFORE + 200), so each attempt is a transaction of its own, and
 * inside the refusal recorder (+ 100).
 */
@RetriedOnLockConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class LockConflictRetry {
    static final int ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(LockConflictRetry.class.getName());

    private TransactionSynchronizationRegistry registry;

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (withinTransaction()) {
            return call.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return call.proceed();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !LockConflicts.rolledBackOverLocks(e)) {
                    throw e;
                }
                int done = attempt;
                LOG.info(() -> call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                        + " met a lock conflict (attempt " + done + "), done again: " + e);
                Thread.sleep(pause(attempt));
            }
        }
    }

    /** Grows with the attempts, at random within each step: 10–40 ms, then 20–80 ms, and so on. */
    static long pause(int attempt) {
        return attempt * ThreadLocalRandom.current().nextLong(10, 41);
    }

    private boolean withinTransaction() {
        if (registry == null) {
            registry = Transactions.registry(); // a JNDI lookup: once an interceptor instance, not once a call
        }
        return registry != null && registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
