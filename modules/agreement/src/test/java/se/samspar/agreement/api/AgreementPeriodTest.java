package se.samspar.agreement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgreementPeriodTest {
    private static final AgreementPeriod HUDDINGE = new AgreementPeriod(LocalDate.of(2023, 1, 1),
            LocalDate.of(2024, 12, 31));

    @Test
    void theNextPeriodFollowsToTheDayAndIsAsLong() {
        assertEquals(new AgreementPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)), HUDDINGE.next());
        assertEquals(new AgreementPeriod(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)),
                new AgreementPeriod(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30)).next());
        assertEquals(new AgreementPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)),
                new AgreementPeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)).next());
    }

    @Test
    void endedTheDayAfterItsLastDay() {
        assertFalse(HUDDINGE.endedBy(LocalDate.of(2024, 12, 31)));
        assertTrue(HUDDINGE.endedBy(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void anEndedAgreementIsShownSoUnlessClosed() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertTrue(AgreementPeriod.ended(view(AgreementStatus.ACTIVE), today));
        assertTrue(AgreementPeriod.ended(view(AgreementStatus.DRAFT), today));
        assertFalse(AgreementPeriod.ended(view(AgreementStatus.CLOSED), today));
        assertFalse(AgreementPeriod.ended(view(AgreementStatus.ACTIVE), LocalDate.of(2024, 6, 1)));
    }

    @Test
    void datesOutsideThePeriodBothDaysIncluded() {
        assertFalse(HUDDINGE.excludes(LocalDate.of(2023, 1, 1)));
        assertFalse(HUDDINGE.excludes(LocalDate.of(2024, 12, 31)));
        assertTrue(HUDDINGE.excludes(LocalDate.of(2022, 12, 31)));
        assertTrue(HUDDINGE.excludes(LocalDate.of(2026, 1, 1)));
        assertFalse(HUDDINGE.excludes(null));
    }

    private static AgreementView view(AgreementStatus status) {
        return new AgreementView(1, "Huddinge", HUDDINGE.from(), HUDDINGE.to(), status, null, null, null, null, 60,
                true, null, 1);
    }
}
