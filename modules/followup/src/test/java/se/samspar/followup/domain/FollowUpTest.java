package se.samspar.followup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.samspar.followup.api.Decision;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.platform.api.InvalidInput;

/** DRAFT → REPORTING → ADOPTED, and rule 6: nothing changes an adopted follow-up. */
class FollowUpTest {
    private static final Decision DECISION = new Decision("Styrgruppen", LocalDate.of(2025, 2, 18), "§ 4",
            "KS-2025/17");

    private static FollowUp draft() {
        return new FollowUp(1, FollowUpKind.ANNUAL, " Årsuppföljning 2024 ", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), null);
    }

    @Test
    void goesFromDraftThroughReportingToAdopted() {
        FollowUp f = draft();
        assertEquals(FollowUpStatus.DRAFT, f.status());
        assertEquals("Årsuppföljning 2024", f.title());
        f.startReporting();
        assertEquals(FollowUpStatus.REPORTING, f.status());
        f.summarise("Bra år.");
        f.adopt(DECISION, "Anna", LocalDateTime.of(2025, 2, 18, 15, 0));
        assertEquals(FollowUpStatus.ADOPTED, f.status());
        assertEquals(DECISION, f.decision());
        assertEquals("Anna", f.adoptedBy());
    }

    @Test
    void aDraftIsNotAdoptedBeforeReportingHasBeenOpened() {
        FollowUp f = draft();
        InvalidInput refused = assertThrows(InvalidInput.class, () -> f.adopt(DECISION, "Anna", LocalDateTime.now()));
        assertEquals("samspar.followUp.notReporting", refused.problems().get(0).key());
        assertEquals(FollowUpStatus.DRAFT, f.status());
    }

    @Test
    void anAdoptedFollowUpRefusesEveryChange() {
        FollowUp f = draft();
        f.startReporting();
        f.adopt(DECISION, "Anna", LocalDateTime.of(2025, 2, 18, 15, 0));
        for (Runnable change : new Runnable[] {() -> f.summarise("Ändrat"), f::startReporting, f::requireReporting,
                () -> f.adopt(DECISION, "Bo", LocalDateTime.now())}) {
            InvalidInput refused = assertThrows(InvalidInput.class, change::run);
            assertEquals("samspar.followUp.adopted", refused.problems().get(0).key());
        }
        assertEquals("Anna", f.adoptedBy());
        assertEquals(null, f.summary());
    }

    @Test
    void thePeriodEndsAfterItStarts() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new FollowUp(1, FollowUpKind.OTHER, "X",
                LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1), null));
        assertEquals("periodTo", refused.problems().get(0).field());
    }
}
