package se.samspar.identity.domain;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * What a personal access token looks like: {@value #PREFIX} and 43 characters of base64url (32 random bytes), so a
 * leaked one is recognisable in logs and by secret scanners, and one that cannot be ours is refused before any query.
 */
public final class AccessTokenFormat {
    public static final String PREFIX = "smp_";
    /** The longest name a token may have (its column). */
    public static final int MAX_NAME = 100;
    private static final Pattern SHAPE = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

    private AccessTokenFormat() {
    }

    /** A new secret from 32 bytes of the given source of randomness. */
    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a token at all (not whether it is one). */
    public static boolean wellFormed(String secret) {
        return secret != null && SHAPE.matcher(secret).matches();
    }

    /** A token is usable until the end of its expiry day; without one, until it is revoked. */
    public static boolean expired(LocalDate expiresOn, LocalDate today) {
        return expiresOn != null && today.isAfter(expiresOn);
    }
}
