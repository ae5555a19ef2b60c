package se.samspar.platform.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumbersTest {

    // 811218-9876 is the Swedish Tax Agency's well-known example number (valid check digit).
    @ParameterizedTest
    @ValueSource(strings = {
            "811218-9876",
            "Kontakt om 811218-9876 i ärendet",
            "198112189876",
            "19811218-9876",
            "811218+9876",
            "Samordningsnummer 701063-2391"})
    void recognisesPersonalIdentityNumbers(String text) {
        assertTrue(PersonalIdentityNumbers.containsOne(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "811218-9875",          // wrong check digit
            "SN-2022/2159.119",     // a diary number
            "2023-01-01 – 2024-12-31",
            "811318-9876",          // month 13
            "8112189876",           // ten bare digits are not refused
            "1198112189876",        // part of a longer number
            "Möte 14:00, lokal 3"})
    void leavesOrdinaryTextAlone(String text) {
        assertFalse(PersonalIdentityNumbers.containsOne(text), text);
    }

    @Test
    void checkDigitFollowsLuhn() {
        assertTrue(PersonalIdentityNumbers.isValid("8112189876"));
        assertFalse(PersonalIdentityNumbers.isValid("8112189870"));
    }

    @Test
    void controlCharactersButNotLineBreaks() {
        assertTrue(PersonalIdentityNumbers.hasControlCharacter("a\u0000b"));
        assertTrue(PersonalIdentityNumbers.hasControlCharacter("bell\u0007"));
        assertTrue(PersonalIdentityNumbers.hasControlCharacter("fil\u202Eexe.pdf"), "right-to-left override");
        assertTrue(PersonalIdentityNumbers.hasControlCharacter("a\u2067b"), "bidi isolate");
        assertFalse(PersonalIdentityNumbers.hasControlCharacter("مرحبا שלום"), "right-to-left text itself");
        assertFalse(PersonalIdentityNumbers.hasControlCharacter("rad ett\nrad två\tflik"));
    }
}
