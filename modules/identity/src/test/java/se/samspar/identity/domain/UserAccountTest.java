package se.samspar.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

    private static UserAccount account() {
        return new UserAccount("Anna", "Anna Lind", 1L, "hash");
    }

    @Test
    void usernamesAreStoredInLowerCase() {
        assertEquals("anna", account().username());
    }

    @Test
    void fourFailuresDoNotLockTheFifthDoes() {
        UserAccount a = account();
        for (int i = 0; i < 4; i++) {
            a.signInFailed(NOW);
        }
        assertTrue(a.maySignIn(NOW));
        a.signInFailed(NOW);
        assertFalse(a.maySignIn(NOW));
        assertTrue(a.isLocked(NOW.plusMinutes(14)));
        assertFalse(a.isLocked(NOW.plusMinutes(15)));
        assertTrue(a.maySignIn(NOW.plusMinutes(15)));
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        UserAccount a = account();
        for (int i = 0; i < 4; i++) {
            a.signInFailed(NOW);
        }
        a.signedIn();
        a.signInFailed(NOW);
        assertTrue(a.maySignIn(NOW));
        assertEquals(1, a.failedSignIns());
    }

    @Test
    void afterALockRunsOutCountingStartsAgain() {
        UserAccount a = account();
        for (int i = 0; i < 5; i++) {
            a.signInFailed(NOW);
        }
        LocalDateTime later = NOW.plusMinutes(20);
        a.signInFailed(later);
        assertTrue(a.maySignIn(later));
        assertEquals(1, a.failedSignIns());
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        UserAccount a = account();
        a.deactivate();
        assertFalse(a.maySignIn(NOW));
        a.activate();
        assertTrue(a.maySignIn(NOW));
    }

    @Test
    void rolesAndCoordinatorRightsAreReplacedWhole() {
        UserAccount a = account();
        a.grant(Set.of("coordinator", "partner"));
        a.grant(Set.of("partner"));
        assertEquals(Set.of("partner"), a.roles());
        a.coordinate(Set.of(1L, 2L));
        a.coordinate(Set.of(2L));
        assertEquals(Set.of(2L), a.coordinatorOf());
    }
}
