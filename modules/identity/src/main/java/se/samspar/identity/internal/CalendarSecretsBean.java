package se.samspar.identity.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import se.samspar.identity.api.CalendarSecrets;
import se.samspar.identity.api.Recipient;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.ModuleService;

/**
 * {@link CalendarSecrets} in IDN_NOTIFICATION. The secret carries 256 random bits, so a plain SHA-256 is enough to
 * keep it unreadable in the database (no salt or slow hash needed against guessing) and lets it be looked up.
 */
@ModuleService
public class CalendarSecretsBean implements CalendarSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CallerContext callers;
    @Inject
    NotificationRows rows;
    @Inject
    Clock clock;

    @Override
    public String renew() {
        long me = me();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        rows.ensure(me);
        em.createNativeQuery("UPDATE IDN_NOTIFICATION SET CALENDAR_SECRET_HASH = ?, CALENDAR_MADE_AT = ? WHERE USER_ID = ?")
                .setParameter(1, hash(secret)).setParameter(2, LocalDateTime.now(clock)).setParameter(3, me)
                .executeUpdate();
        return secret;
    }

    @Override
    public void revoke() {
        em.createNativeQuery("UPDATE IDN_NOTIFICATION SET CALENDAR_SECRET_HASH = NULL, CALENDAR_MADE_AT = NULL"
                + " WHERE USER_ID = ?").setParameter(1, me()).executeUpdate();
    }

    @Override
    public boolean exists() {
        return !em.createNativeQuery("SELECT USER_ID FROM IDN_NOTIFICATION WHERE USER_ID = ?"
                + " AND CALENDAR_SECRET_HASH IS NOT NULL").setParameter(1, me()).getResultList().isEmpty();
    }

    @Override
    public Optional<Recipient> owner(String secret) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        List<?> ids = em.createNativeQuery("SELECT USER_ID FROM IDN_NOTIFICATION WHERE CALENDAR_SECRET_HASH = ?")
                .setParameter(1, hash(secret)).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return rows.recipients(List.of(((Number) ids.get(0)).longValue())).stream().findFirst();
    }

    private long me() {
        String username = callers.current().username();
        AccessDenied.unless(username != null && !callers.current().system(), "keep a calendar feed");
        return rows.userId(username);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
