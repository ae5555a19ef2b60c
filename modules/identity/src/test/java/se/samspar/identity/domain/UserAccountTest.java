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
    void aPasswordSetByAnAdministratorMustBeChangedAndEndsOtherSessions() {
        UserAccount a = account();
        int epoch = a.sessionEpoch();
        a.passwordSetByAdministrator("new-hash");
        assertTrue(a.mustChangePassword());
        assertEquals(epoch + 1, a.sessionEpoch());
        a.passwordChangedByUser("own-hash");
        assertFalse(a.mustChangePassword());
        assertEquals(epoch + 2, a.sessionEpoch());
        assertEquals("own-hash", a.passwordHash());
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
