package se.samspar.identity.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Which passwords are accepted (OWASP ASVS 2.1): 12 to 128 characters of any kind, no composition
 * rules, but not one of the passwords everyone tries first and not containing the username.
 * Returns the message key of what is wrong, or null.
 */
public final class PasswordPolicy {
    public static final int MIN = 12;
    public static final int MAX = 128;
    /** The most common passwords, Swedish ones among them, as lists of leaked passwords show them. */
    private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "password1234", "passwordpassword",
            "qwertyuiop12", "qwertyuiopå", "lösenord1234", "losenord1234", "lösenordlösenord", "sommar2024!!",
            "sommar20242024", "vinter202424", "välkommen123", "valkommen123", "welcome12345", "administrator",
            "samspar12345", "huddinge1234", "abcdefghijkl", "111111111111", "000000000000", "iloveyou1234");

    private PasswordPolicy() {
    }

    public static String problem(String username, String password) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            return "samspar.password.policy";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() <= 2) {
            return "samspar.password.common";
        }
        if (username != null && username.strip().length() >= 3 && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return "samspar.password.containsUsername";
        }
        return null;
    }
}
