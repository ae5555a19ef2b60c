package se.samspar.situation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspar.platform.api.Refusal;
import se.samspar.situation.api.Adoption;
import se.samspar.situation.api.PictureStatus;
import se.samspar.situation.api.ProblemCategory;
import se.samspar.situation.api.ProblemDraft;
import se.samspar.situation.api.SourceKind;

class SituationPictureTest {
    private static final Adoption DECISION = new Adoption(" Kommunstyrelsen ", LocalDate.of(2026, 3, 30), " § 8 ",
            "KS-2026/12");

    private static SituationPicture stored() {
        SituationPicture p = new SituationPicture(7, 1, LocalDate.of(2026, 1, 31), null);
        p.assignId(11);
        return p;
    }

    private static ProblemDraft draft(String title) {
        return new ProblemDraft(title, "Beskrivning", ProblemCategory.INSECURITY, " Centrum ", "Kvällar", "Unga",
                Set.of(SourceKind.LOCAL_SAFETY_SURVEY, SourceKind.CITIZEN_DIALOGUE), "Trygghetsmätningen 2025", "Orsaker",
                List.of(3L));
    }

    @Test
    void aDraftRecordsAndRevisesItsProblems() {
        SituationPicture p = stored();
        Problem problem = p.record(draft("Otrygghet i centrum"));
        assertEquals(11, problem.pictureId());
        assertEquals("Centrum", problem.place());
        assertEquals(Set.of(SourceKind.LOCAL_SAFETY_SURVEY, SourceKind.CITIZEN_DIALOGUE), problem.sources());
        p.revise(problem, new ProblemDraft("Otrygghet vid stationen", " ", ProblemCategory.INSECURITY, null, null, null,
                null, null, null, null));
        assertEquals("Otrygghet vid stationen", problem.title());
        assertNull(problem.description());
        assertEquals(Set.of(), problem.sources());
        assertEquals(Set.of(), problem.indicatorIds());
    }

    @Test
    void anAdoptedVersionIsFrozen() {
        SituationPicture p = stored();
        Problem problem = p.record(draft("Otrygghet i centrum"));
        p.adopt(DECISION, "samordnare", LocalDateTime.of(2026, 3, 31, 9, 0));
        assertEquals(PictureStatus.ADOPTED, p.status());
        assertEquals(new Adoption("Kommunstyrelsen", LocalDate.of(2026, 3, 30), "§ 8", "KS-2026/12"), p.adoption());
        assertEquals("samordnare", p.adoptedBy());

        Refusal r = assertThrows(Refusal.class, () -> p.record(draft("Ett till")));
        assertEquals("samspar.situation.adopted", r.problems().get(0).key());
        assertThrows(Refusal.class, () -> p.revise(problem, draft("Ändrad")));
        assertEquals("Otrygghet i centrum", problem.title());
        assertThrows(Refusal.class, () -> p.requireRemovable(problem));
        assertThrows(Refusal.class, () -> p.redate(LocalDate.of(2026, 2, 1)));
        assertEquals(LocalDate.of(2026, 1, 31), p.asOf());
        assertThrows(Refusal.class, () -> p.adopt(DECISION, "samordnare", LocalDateTime.of(2026, 4, 1, 9, 0)));
        assertEquals(LocalDateTime.of(2026, 3, 31, 9, 0), p.adoptedAt());
    }

    @Test
    void theNextVersionStartsFromACopyOfTheProblems() {
        SituationPicture p = stored();
        Problem problem = p.record(draft("Otrygghet i centrum"));
        p.adopt(DECISION, "samordnare", LocalDateTime.of(2026, 3, 31, 9, 0));
        Problem copy = problem.copyInto(12);
        assertEquals(12, copy.pictureId());
        assertEquals(problem.title(), copy.title());
        assertEquals(problem.sources(), copy.sources());
        assertEquals(problem.indicatorIds(), copy.indicatorIds());
        assertEquals(problem.causes(), copy.causes());

        SituationPicture next = new SituationPicture(7, 2, LocalDate.of(2027, 1, 31), 11L);
        next.assignId(12);
        next.revise(copy, draft("Otrygghet i centrum och vid stationen"));
        assertEquals("Otrygghet i centrum och vid stationen", copy.title());
        assertEquals("Otrygghet i centrum", problem.title());
    }

    @Test
    void aProblemOfAnotherVersionIsNotRevisedThroughThisOne() {
        SituationPicture p = stored();
        Problem foreign = new SituationPicture(7, 2, LocalDate.of(2027, 1, 31), 11L).record(draft("Annan"));
        assertThrows(IllegalArgumentException.class, () -> p.revise(foreign, draft("Ändrad")));
    }
}
