package se.samspar.agreement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementStructureTest {
    private static final AgreementStructure HUDDINGE = new AgreementStructure(null, List.of(
            party(1, "Huddinge kommun", null), party(2, "Polismyndigheten", "Polisen"),
            party(3, "Kriminalvården", " ")), List.of());

    private static PartyView party(long id, String name, String shortName) {
        return new PartyView(id, 7, 100 + id, name, shortName, OrganisationType.OTHER, null, null, null, null,
                (int) id, 0);
    }

    @Test
    void aPartyIsCalledByItsShortNameWhereItHasOne() {
        assertEquals("Polisen", HUDDINGE.partyName(2L));
        assertEquals("Huddinge kommun", HUDDINGE.partyName(1L));
        assertEquals("Kriminalvården", HUDDINGE.partyName(3L), "a blank short name is no name");
    }

    @Test
    void noPartyOrAnotherAgreementsPartyHasNoName() {
        assertEquals("", HUDDINGE.partyName(null));
        assertEquals("", HUDDINGE.partyName(99L));
    }

    @Test
    void partiesAreNamedAlphabeticallyLeavingOutThoseRemoved() {
        assertEquals("Huddinge kommun, Kriminalvården, Polisen", HUDDINGE.partyNames(List.of(2L, 3L, 1L)));
        assertEquals("Polisen", HUDDINGE.partyNames(Arrays.asList(99L, 2L, null)));
        assertEquals("", HUDDINGE.partyNames(List.of()));
    }
}
