package se.samspar.coordination.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspar.coordination.api.ActionItemDraft;
import se.samspar.coordination.api.CoordinationFunctionDraft;
import se.samspar.coordination.api.DecisionDraft;
import se.samspar.coordination.api.MeetingDraft;
import se.samspar.coordination.api.MeetingKind;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;

/** The rules of the coordination function, meetings, decisions and action items, without a container. */
class CoordinationRulesTest {
    private static final Set<Long> PARTIES = Set.of(1L, 2L, 3L);
    private static final LocalDate MEETING_DAY = LocalDate.of(2023, 5, 10);

    private static List<String> fields(InvalidInput e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void aDecisionTakenElsewhereNeedsItsBodyAndDate() {
        Decision d = new Decision(7, null);
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> d.define(new DecisionDraft("Godkänner svaret.", "  ", null, "§ 8", null, null), null));
        assertEquals(List.of("body", "decidedOn"), fields(refused));
        assertEquals("samspar.required", refused.problems().get(0).key());
        assertNull(d.text(), "nothing taken from a refused draft");

        d.define(new DecisionDraft(" Godkänner svaret. ", " Socialnämnden ", LocalDate.of(2023, 3, 30), " § 8 ",
                "SN-2022/2159.119", "Sven Pernils (SD) reserverar sig."), null);
        assertEquals("Godkänner svaret.", d.text());
        assertEquals("Socialnämnden", d.body());
        assertEquals(LocalDate.of(2023, 3, 30), d.decidedOn());
        assertEquals("§ 8", d.paragraph());
        assertEquals("Sven Pernils (SD) reserverar sig.", d.reservation());
    }

    @Test
    void aDecisionAtAMeetingTakesTheMeetingsDayUnlessItSaysOtherwise() {
        Decision atMeeting = new Decision(7, 42L);
        atMeeting.define(new DecisionDraft("Ny aktivitet.", null, null, null, "", " "), MEETING_DAY);
        assertEquals(MEETING_DAY, atMeeting.decidedOn());
        assertNull(atMeeting.body(), "a meeting's decision needs no body of its own");
        assertNull(atMeeting.diaryNumber(), "blank is nothing");
        assertNull(atMeeting.reservation());

        atMeeting.define(new DecisionDraft("Ny aktivitet.", null, MEETING_DAY.plusDays(1), null, null, null),
                MEETING_DAY);
        assertEquals(MEETING_DAY.plusDays(1), atMeeting.decidedOn());
    }

    @Test
    void linksToActivitiesAreASet() {
        Decision d = new Decision(7, null);
        assertTrue(d.link(5));
        assertFalse(d.link(5), "linked once");
        assertTrue(d.link(6));
        assertEquals(Set.of(5L, 6L), d.activityIds());
        assertTrue(d.unlink(5));
        assertFalse(d.unlink(5));
        assertEquals(Set.of(6L), d.activityIds());

        ActionItem item = new ActionItem(7, 42);
        assertTrue(item.link(9));
        assertFalse(item.link(9));
        assertEquals(Set.of(9L), item.activityIds());
    }

    @Test
    void aMeetingsPartiesAreTheAgreementsOwn() {
        Meeting m = new Meeting(7);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> m.define(new MeetingDraft(
                MeetingKind.STEERING_GROUP, "Styrgrupp", MEETING_DAY, Set.of(1L, 99L), null, null), PARTIES));
        assertEquals(List.of("partyIds"), fields(refused));

        m.define(new MeetingDraft(MeetingKind.STEERING_GROUP, " Styrgrupp ", MEETING_DAY, Set.of(1L, 2L), "1. Läget",
                null), PARTIES);
        assertEquals("Styrgrupp", m.title());
        assertEquals(Set.of(1L, 2L), m.partyIds());
        m.define(new MeetingDraft(MeetingKind.WORKING_GROUP, "Arbetsgrupp", MEETING_DAY, Set.of(3L), null,
                "Protokoll\nrad två"), PARTIES);
        assertEquals(Set.of(3L), m.partyIds(), "the parties as given, the earlier ones gone");
        assertEquals(MeetingKind.WORKING_GROUP, m.kind());
        assertEquals("Protokoll\nrad två", m.minutes());
    }

    @Test
    void anActionItemsResponsiblePartyIsTheAgreementsOwnWhenNamed() {
        ActionItem item = new ActionItem(7, 42);
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> item.define(new ActionItemDraft("Ta fram rutin", 99L, null), PARTIES));
        assertEquals(List.of("responsiblePartyId"), fields(refused));
        item.define(new ActionItemDraft(" Ta fram rutin ", null, MEETING_DAY.plusMonths(1)), PARTIES);
        assertEquals("Ta fram rutin", item.text());
        assertNull(item.responsiblePartyId());
        item.define(new ActionItemDraft("Ta fram rutin", 2L, null), PARTIES);
        assertEquals(2L, item.responsiblePartyId());
    }

    @Test
    void theCoordinationFunctionSitsWithOneOfTheParties() {
        CoordinationFunction f = new CoordinationFunction(7);
        assertEquals(List.of("partyId"), fields(assertThrows(InvalidInput.class, () -> f.define(
                new CoordinationFunctionDraft("Anna Lindqvist", null, 99L, null, null), PARTIES))));
        assertEquals(List.of("partyId"), fields(assertThrows(InvalidInput.class, () -> f.define(
                new CoordinationFunctionDraft("Anna Lindqvist", null, null, null, null), PARTIES))));
        f.define(new CoordinationFunctionDraft(" Anna Lindqvist ", "Samordnare", 1L, " anna@example.se ", ""),
                PARTIES);
        assertEquals("Anna Lindqvist", f.name());
        assertEquals("anna@example.se", f.email());
        assertNull(f.phone());
        assertEquals(1L, f.partyId());
    }
}
