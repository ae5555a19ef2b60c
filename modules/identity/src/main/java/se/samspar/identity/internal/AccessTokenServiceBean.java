package se.samspar.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.samspar.identity.api.AccessTokenView;
import se.samspar.identity.api.AccessTokens;
import se.samspar.identity.api.IssuedToken;
import se.samspar.identity.api.TokenCaller;
import se.samspar.identity.api.UserAccountChanged;
import se.samspar.identity.domain.AccessTokenFormat;
import se.samspar.identity.domain.UserAccount;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.InvalidInput;

/**
 * IDN_ACCESS_TOKEN. A secret is stored as the installation's HMAC of it ({@link InstallationSecret}): the lookup of
 * a presented token is one indexed query, and the table alone does not give anyone a usable token. Not a
 * {@code ModuleService}: {@link #authenticate} runs in a transaction of its own ({@code REQUIRES_NEW} on the
 * method), which reads plainer beside the class's own {@code @Transactional} than beside a stereotype's.
 */
@ApplicationScoped
@se.samspar.platform.api.Guarded
@Transactional
public class AccessTokenServiceBean implements AccessTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    InstallationSecret secret;
    @Inject
    CallerContext callers;
    @Inject
    Clock clock;
    @Inject
    Event<UserAccountChanged> changed;

    static String hashOf(InstallationSecret secret, String token) {
        return secret.hash("token:" + token);
    }

    private UserAccount me() {
        Caller c = callers.current();
        AccessDenied.unless(c.username() != null && !c.system(), "manage access tokens");
        return em.createQuery("select u from UserAccount u where u.username = :u and u.active = true", UserAccount.class)
                .setParameter("u", c.username()).getResultList().stream().findFirst()
                .orElseThrow(() -> new AccessDenied("manage access tokens"));
    }

    @Override
    public IssuedToken create(String name, LocalDate expiresOn) {
        UserAccount me = me();
        String trimmed = name == null ? "" : name.strip();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        if (trimmed.isEmpty()) {
            throw InvalidInput.of("name", "jakarta.validation.constraints.NotBlank.message");
        }
        if (trimmed.length() > AccessTokenFormat.MAX_NAME) {
            throw new InvalidInput(List.of(new se.samspar.platform.api.FieldProblem("name",
                    "jakarta.validation.constraints.Size.message", java.util.Map.of("max", AccessTokenFormat.MAX_NAME))));
        }
        if (expiresOn != null && expiresOn.isBefore(now.toLocalDate())) {
            throw InvalidInput.of("expiresOn", "samspar.token.expiresInPast");
        }
        String token = AccessTokenFormat.generate(RANDOM);
        em.createNativeQuery("INSERT INTO IDN_ACCESS_TOKEN (USER_ID, NAME, TOKEN_HASH, CREATED_AT, EXPIRES_ON)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, me.id()).setParameter(2, trimmed).setParameter(3, hashOf(secret, token))
                .setParameter(4, Timestamp.valueOf(now)).setParameter(5, expiresOn == null ? null : Date.valueOf(expiresOn))
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT ID FROM IDN_ACCESS_TOKEN WHERE TOKEN_HASH = ?")
                .setParameter(1, hashOf(secret, token)).getSingleResult()).longValue();
        changed.fire(new UserAccountChanged(me.id(), Change.CREATED,
                me.username() + " access token " + id + " '" + trimmed + "' created"));
        return new IssuedToken(new AccessTokenView(id, trimmed, now, expiresOn, null, false), token);
    }

    @Override
    public List<AccessTokenView> mine() {
        UserAccount me = me();
        LocalDate today = LocalDate.now(clock);
        List<?> rows = em.createNativeQuery("SELECT ID, NAME, CREATED_AT, EXPIRES_ON, LAST_USED_AT FROM IDN_ACCESS_TOKEN"
                + " WHERE USER_ID = ? AND REVOKED_AT IS NULL ORDER BY ID DESC").setParameter(1, me.id()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> {
            LocalDate expires = r[3] == null ? null : ((Date) r[3]).toLocalDate();
            return new AccessTokenView(((Number) r[0]).longValue(), (String) r[1], ((Timestamp) r[2]).toLocalDateTime(),
                    expires, r[4] == null ? null : ((Timestamp) r[4]).toLocalDateTime(),
                    AccessTokenFormat.expired(expires, today));
        }).toList();
    }

    @Override
    public void revoke(long tokenId) {
        UserAccount me = me();
        List<?> owner = em.createNativeQuery("SELECT NAME FROM IDN_ACCESS_TOKEN WHERE ID = ? AND USER_ID = ?"
                + " AND REVOKED_AT IS NULL").setParameter(1, tokenId).setParameter(2, me.id()).getResultList();
        AccessDenied.unless(!owner.isEmpty(), "revoke access token " + tokenId);
        em.createNativeQuery("UPDATE IDN_ACCESS_TOKEN SET REVOKED_AT = ? WHERE ID = ?")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now(clock))).setParameter(2, tokenId).executeUpdate();
        changed.fire(new UserAccountChanged(me.id(), Change.UPDATED,
                me.username() + " access token " + tokenId + " '" + owner.get(0) + "' revoked"));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<TokenCaller> authenticate(String token) {
        if (!AccessTokenFormat.wellFormed(token)) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT ID, USER_ID, EXPIRES_ON, LAST_USED_AT FROM IDN_ACCESS_TOKEN"
                + " WHERE TOKEN_HASH = ? AND REVOKED_AT IS NULL").setParameter(1, hashOf(secret, token)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        LocalDateTime now = LocalDateTime.now(clock);
        if (AccessTokenFormat.expired(row[2] == null ? null : ((Date) row[2]).toLocalDate(), now.toLocalDate())) {
            return Optional.empty();
        }
        UserAccount owner = em.find(UserAccount.class, ((Number) row[1]).longValue());
        if (owner == null || !owner.active()) {
            return Optional.empty();
        }
        long id = ((Number) row[0]).longValue();
        // To the minute: a script's burst of requests writes the row once, not once per request.
        if (row[3] == null || ((Timestamp) row[3]).toLocalDateTime().isBefore(now.minusMinutes(1))) {
            em.createNativeQuery("UPDATE IDN_ACCESS_TOKEN SET LAST_USED_AT = ? WHERE ID = ?")
                    .setParameter(1, Timestamp.valueOf(now)).setParameter(2, id).executeUpdate();
        }
        return Optional.of(new TokenCaller(id, SecurityCallerContext.caller(owner)));
    }
}
