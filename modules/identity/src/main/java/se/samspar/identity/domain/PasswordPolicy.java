package se.samspar.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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
    /** The list of common passwords shipped with the application (zxcvbn's 30,000 and Swedish ones). */
    static final String COMMON_LIST = "/se/samspar/identity/common-passwords.txt";

    private PasswordPolicy() {
    }

    /** Loaded once, on first use, lower-cased. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
                if (in == null) {
                    throw new IllegalStateException("missing from the build: " + COMMON_LIST);
                }
                Set<String> passwords = new HashSet<>(40_000);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        passwords.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How many common passwords are refused. */
    public static int commonPasswords() {
        return Common.PASSWORDS.size();
    }

    public static String problem(String username, String password) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            return "samspar.password.policy";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (Common.PASSWORDS.contains(lower) || lower.chars().distinct().count() <= 2) {
            return "samspar.password.common";
        }
        if (username != null && username.strip().length() >= 3 && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return "samspar.password.containsUsername";
        }
        return null;
    }
}
