package se.samspar.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Period;

class AgreementRulesTest {

    private static Agreement agreement() {
        return new Agreement("Samverkansöverenskommelse", new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)), null);
    }

    @Test
    void aNewAgreementIsADraftWithTheDefaultInterval() {
        Agreement a = agreement();
        assertEquals(AgreementStatus.DRAFT, a.status());
        assertEquals(60, a.updateIntervalDays());
        assertTrue(a.partiesReportOwnActivities());
    }

    @Test
    void statusMovesForwardOneStepAtATime() {
        Agreement a = agreement();
        a.changeStatus(AgreementStatus.ACTIVE);
        a.changeStatus(AgreementStatus.CLOSED);
        assertEquals(AgreementStatus.CLOSED, a.status());
        InvalidInput refused = assertThrows(InvalidInput.class, () -> a.changeStatus(AgreementStatus.ACTIVE));
        assertEquals("status", refused.problems().get(0).field());
        assertFalse(Agreement.mayChange(AgreementStatus.DRAFT, AgreementStatus.CLOSED));
    }

    @Test
    void periodEndMustNotPrecedeStart() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)));
        assertEquals("samspar.period.endBeforeStart", refused.problems().get(0).key());
    }

    @Test
    void goalsHaveOneLevelOfSubGoals() {
        Goal overall = withId(new Goal(7L, 1, "Våld i nära relationer ska upphöra", null), 70L);
        Goal sub = withId(new Goal(overall, 2, "Intern och extern samverkan", null), 71L);
        assertTrue(sub.isSubGoal());
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new Goal(sub, 3, "Under-delmål", null));
        assertEquals("samspar.goal.oneLevel", refused.problems().get(0).key());
    }

    /** As if persisted: ids are the database's to give. */
    private static Goal withId(Goal goal, long id) {
        try {
            var field = Goal.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(goal, id);
            return goal;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSubGoalStaysInItsParentsArea() {
        Goal otherArea = new Goal(8L, 1, "Annat område", null);
        Goal goal = new Goal(7L, 1, "Mål", null);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> goal.placeUnder(otherArea));
        assertEquals("samspar.goal.otherArea", refused.problems().get(0).key());
    }
}
