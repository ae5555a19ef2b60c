package se.samspar.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Personal access tokens: recognisable, long, random; usable through their last day. */
class AccessTokenFormatTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aTokenIsThePrefixAnd43Base64urlCharactersAndNeverTheSameTwice() {
        String one = AccessTokenFormat.generate(RANDOM);
        String two = AccessTokenFormat.generate(RANDOM);
        assertTrue(one.startsWith("smp_"), one);
        assertEquals(4 + 43, one.length(), one);
        assertTrue(one.substring(4).matches("[A-Za-z0-9_-]+"), one);
        assertNotEquals(one, two);
        assertTrue(AccessTokenFormat.wellFormed(one));
    }

    @Test
    void anythingElseIsNotWellFormed() {
        String good = AccessTokenFormat.generate(RANDOM);
        assertFalse(AccessTokenFormat.wellFormed(null));
        assertFalse(AccessTokenFormat.wellFormed(""));
        assertFalse(AccessTokenFormat.wellFormed("smp_"));
        assertFalse(AccessTokenFormat.wellFormed(good.substring(0, good.length() - 1)));
        assertFalse(AccessTokenFormat.wellFormed(good + "x"));
        assertFalse(AccessTokenFormat.wellFormed("xyz_" + good.substring(4)));
        assertFalse(AccessTokenFormat.wellFormed(good.substring(0, 10) + "+" + good.substring(11)));
        assertFalse(AccessTokenFormat.wellFormed(good + "\n"));
    }

    @Test
    void aTokenWithALastDayWorksThroughThatDayAndNotAfter() {
        LocalDate last = LocalDate.of(2026, 12, 31);
        assertFalse(AccessTokenFormat.expired(last, last));
        assertFalse(AccessTokenFormat.expired(last, last.minusDays(1)));
        assertTrue(AccessTokenFormat.expired(last, last.plusDays(1)));
        assertFalse(AccessTokenFormat.expired(null, LocalDate.of(2099, 1, 1)));
    }
}
