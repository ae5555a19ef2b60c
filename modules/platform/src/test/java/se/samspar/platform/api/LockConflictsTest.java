package se.samspar.platform.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class LockConflictsTest {

    @Test
    void aLockTimeoutOrDeadlockAnywhereAmongTheCausesIsARollbackOverLocks() {
        SQLTransactionRollbackException timeout = new SQLTransactionRollbackException(
                "A lock could not be obtained within the time requested", "40XL1");
        assertTrue(LockConflicts.rolledBackOverLocks(timeout));
        assertTrue(LockConflicts.rolledBackOverLocks(new RuntimeException(new IllegalStateException(timeout))));
    }

    @Test
    void postgresqlsDeadlockAndSerializationFailureAreToo() {
        // PostgreSQL's driver reports them as a plain SQLException (PSQLException) with the state alone.
        assertTrue(LockConflicts.rolledBackOverLocks(new RuntimeException(new SQLException("deadlock detected",
                "40P01"))));
        assertTrue(LockConflicts.rolledBackOverLocks(new SQLException("could not serialize access", "40001")));
        assertTrue(LockConflicts.rolledBackOverLocks(new SQLException("canceling statement due to lock timeout",
                "55P03")));
        assertFalse(LockConflicts.rolledBackOverLocks(new SQLException("duplicate key value", "23505")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(LockConflicts.rolledBackOverLocks(new RuntimeException(new SQLException("syntax", "42X01"))));
        assertFalse(LockConflicts.rolledBackOverLocks(null));
    }

    @Test
    void aCauseThatIsItsOwnCauseEndsTheSearch() {
        RuntimeException selfCaused = new RuntimeException() {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertFalse(LockConflicts.anyCause(selfCaused, t -> t instanceof IllegalStateException));
        assertTrue(LockConflicts.anyCause(selfCaused, t -> t == selfCaused));
    }
}
