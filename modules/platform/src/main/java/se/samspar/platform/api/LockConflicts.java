package se.samspar.platform.api;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.function.Predicate;

/**
 * Whether a failure was the database rolling the transaction back over locks (SQL state class 40: a lock wait
 * timeout or a deadlock), wherever it sits in the chain of causes. Such a transaction wrote nothing, so the work
 * can be done again in a new one.
 */
public final class LockConflicts {
    private LockConflicts() {
    }

    /**
     * A {@link SQLTransactionRollbackException} among the failure and its causes, or any SQL failure of state class
     * 40, or PostgreSQL's lock wait timeout (55P03): its driver reports a deadlock (40P01), a serialization failure
     * (40001) and a lock not obtained in {@code lock_timeout} as a plain SQLException.
     */
    public static boolean rolledBackOverLocks(Throwable failure) {
        return anyCause(failure, t -> t instanceof SQLTransactionRollbackException
                || t instanceof SQLException e && e.getSQLState() != null
                && (e.getSQLState().startsWith("40") || e.getSQLState().equals("55P03")));
    }

    /** Whether the failure or one of its causes is one the test accepts. */
    public static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }
}
