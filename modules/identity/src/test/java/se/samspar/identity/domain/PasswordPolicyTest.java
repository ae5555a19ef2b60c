package se.samspar.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ASVS 2.1: length, no common passwords, not the username; no composition rules. */
class PasswordPolicyTest {
    @Test
    void lengthIsTwelveToOneHundredTwentyEight() {
        assertEquals("samspar.password.policy", PasswordPolicy.problem("anna", "kort-ord-11"));
        assertNull(PasswordPolicy.problem("anna", "tolv-tecken!"));
        assertNull(PasswordPolicy.problem("anna", "abcd".repeat(32)));
        assertEquals("samspar.password.policy", PasswordPolicy.problem("anna", "xy".repeat(65)));
        assertEquals("samspar.password.policy", PasswordPolicy.problem("anna", null));
    }

    @Test
    void commonPasswordsAndRepeatedCharactersAreRefused() {
        assertEquals("samspar.password.common", PasswordPolicy.problem("anna", "Lösenord1234"));
        assertEquals("samspar.password.common", PasswordPolicy.problem("anna", "aaaaaaaaaaaaaaa"));
        assertEquals("samspar.password.common", PasswordPolicy.problem("anna", "abababababab"));
    }

    @Test
    void theShippedListHoldsAtLeastTenThousandPasswords() {
        assertTrue(PasswordPolicy.commonPasswords() >= 10_000, "common passwords: " + PasswordPolicy.commonPasswords());
    }

    /** Entries from deep in zxcvbn's list (ranks 2,902 to 29,910 of 30,000), in any case, are refused. */
    @Test
    void passwordsFromDeepInTheListAreRefused() {
        for (String common : new String[] {"leavemealone", "qazwsxedc123", "123qwerty123", "thecakeisalie",
                "SonnenSchein", "weihnachtsbaum", "qwertasdfgzxcvb", "ontheoutside"}) {
            assertEquals("samspar.password.common", PasswordPolicy.problem("anna", common), common);
        }
        assertEquals("samspar.password.common", PasswordPolicy.problem("anna", "välkommen123"), "Swedish ones kept");
        assertNull(PasswordPolicy.problem("anna", "the cake is a lie"), "a phrase of common words is not the list");
    }

    @Test
    void theUsernameIsNotPartOfThePassword() {
        assertEquals("samspar.password.containsUsername", PasswordPolicy.problem("samordnare", "samordnare-2025"));
        assertEquals("samspar.password.containsUsername", PasswordPolicy.problem("Erik", "hej-ERIK-hej-hej"));
        assertNull(PasswordPolicy.problem("samordnare", "fyra ord i rad"));
    }
}
