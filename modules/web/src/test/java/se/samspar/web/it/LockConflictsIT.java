package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.platform.api.LockConflicts;

/**
 * A command the database rolls back over locks (a lock wait timeout, a deadlock, Derby's contention for an identity
 * range) is done again in a new transaction, up to five attempts in all; within a caller's transaction it is not, so
 * the caller's own work is never half done again.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AsSystem.class)
class LockConflictsIT extends WithServices {
    @Inject
    CollidingCreates collisions;
    @Inject
    UserTransaction tx;

    private Fixtures.Built built;

    @BeforeEach
    void build() {
        built = Fixtures.build(this);
    }

    private long create(String reference) {
        return activityEditing.create(built.agreementId(),
                Fixtures.activity(built.areaId(), null, reference, built.policeParty(), Set.of(), 1));
    }

    private long activitiesOfAgreement() {
        return activities.activitiesOf(built.agreementId()).size();
    }

    @Test
    void aCreateRolledBackOverLocksFourTimesIsDoneAgainAndSavedOnce() {
        collisions.arm(built.agreementId(), 4);

        long id = create("LOCK-1");

        assertEquals(5, collisions.attempts(built.agreementId()), "done five times");
        assertEquals(1, activitiesOfAgreement(), "saved once: the four attempts rolled back left nothing");
        assertEquals("LOCK-1", activities.find(id).orElseThrow().reference());
    }

    @Test
    void aCreateRolledBackOverLocksFiveTimesInARowFailsAndWritesNothing() {
        collisions.arm(built.agreementId(), 5);

        RuntimeException failed = assertThrows(RuntimeException.class, () -> create("LOCK-2"));

        assertTrue(LockConflicts.rolledBackOverLocks(failed), "the lock conflict reaches the caller: " + failed);
        assertEquals(5, collisions.attempts(built.agreementId()), "one attempt and four more");
        assertEquals(0, activitiesOfAgreement());
    }

    @Test
    void withinACallersTransactionACreateIsNotDoneAgain() throws Exception {
        collisions.arm(built.agreementId(), 1);

        tx.begin();
        RuntimeException failed;
        try {
            failed = assertThrows(RuntimeException.class, () -> create("LOCK-3"));
        } finally {
            tx.rollback();
        }

        // Done again within the caller's transaction, the create would meet its own first attempt's row instead.
        assertTrue(LockConflicts.rolledBackOverLocks(failed), "the lock conflict reaches the caller: " + failed);
        assertEquals(1, collisions.attempts(built.agreementId()), "the caller's transaction decides, not the create");
        assertEquals(0, activitiesOfAgreement());
    }
}
