package se.samspar.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    void theUsernameIsNotPartOfThePassword() {
        assertEquals("samspar.password.containsUsername", PasswordPolicy.problem("samordnare", "samordnare-2025"));
        assertEquals("samspar.password.containsUsername", PasswordPolicy.problem("Erik", "hej-ERIK-hej-hej"));
        assertNull(PasswordPolicy.problem("samordnare", "fyra ord i rad"));
    }
}
