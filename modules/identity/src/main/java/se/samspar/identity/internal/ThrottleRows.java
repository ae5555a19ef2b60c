package se.samspar.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samspar.identity.domain.SignInDelays;

/**
 * IDN_SIGN_IN_THROTTLE, changed only in short transactions of their own that lock the rows they change
 * (always the username's row before the address's), so parallel attempts queue on the row and each one
 * is counted: none is lost to a collision, and none is rolled back with anything else.
 */
@ApplicationScoped
public class ThrottleRows {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;

    /** One counter: its kind (USER, ADDRESS), its keyed hash, and the delays that apply to it. */
    record Key(String kind, String hash, SignInDelays delays) {
    }

    /** A row as stored. */
    record Row(int failures, LocalDateTime lastFailure, LocalDateTime blockedUntil) {
    }

    /**
     * Counts an attempt as failed, before its password is checked (so parallel guesses cannot slip past
     * the wait), and tells whether it may be checked: null when a row is missing (insert it, then ask again),
     * false while any key's wait runs (the attempt is counted but starts no new wait), true otherwise.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Boolean claim(List<Key> keys, LocalDateTime now) {
        for (Key k : keys) {
            int locked = em.createNativeQuery("UPDATE IDN_SIGN_IN_THROTTLE SET FAILURES = FAILURES"
                    + " WHERE KIND = ? AND KEY_HASH = ?").setParameter(1, k.kind()).setParameter(2, k.hash())
                    .executeUpdate();
            if (locked == 0) {
                return null;
            }
        }
        List<Row> rows = new ArrayList<>();
        boolean waiting = false;
        for (Key k : keys) {
            Row r = read(k);
            rows.add(r);
            waiting |= r.blockedUntil() != null && now.isBefore(r.blockedUntil());
        }
        for (int i = 0; i < keys.size(); i++) {
            Key k = keys.get(i);
            Row r = rows.get(i);
            int failures = k.delays().forgotten(r.lastFailure(), now) && !waiting ? 1 : r.failures() + 1;
            if (waiting) {
                write(k, new Row(failures, r.lastFailure(), r.blockedUntil()));
            } else {
                write(k, new Row(failures, now, k.delays().blockedUntil(failures, now)));
            }
        }
        return !waiting;
    }

    /**
     * A successful sign-in: the username's failures are forgotten; the address's count loses the one this
     * attempt added (its earlier failures stay: one good account must not clear an address's record).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(Key user, Key address) {
        em.createNativeQuery("UPDATE IDN_SIGN_IN_THROTTLE SET FAILURES = 0, LAST_FAILURE_AT = NULL,"
                + " BLOCKED_UNTIL = NULL WHERE KIND = ? AND KEY_HASH = ?")
                .setParameter(1, user.kind()).setParameter(2, user.hash()).executeUpdate();
        em.createNativeQuery("UPDATE IDN_SIGN_IN_THROTTLE SET FAILURES = FAILURES WHERE KIND = ? AND KEY_HASH = ?")
                .setParameter(1, address.kind()).setParameter(2, address.hash()).executeUpdate();
        Row r = read(address);
        if (r != null) {
            int failures = Math.max(0, r.failures() - 1);
            write(address, new Row(failures, r.lastFailure(), r.lastFailure() == null ? null
                    : address.delays().blockedUntil(failures, r.lastFailure())));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(Key k) {
        // Only where no row is yet: many first sign-ins from one address at once would otherwise each try, and
        // every one but the first fail on the key, logged with a stack trace. (On Derby the check waits for a
        // parallel insert to commit; on PostgreSQL a parallel one can still fail on the key, which the caller takes.)
        em.createNativeQuery("INSERT INTO IDN_SIGN_IN_THROTTLE (KIND, KEY_HASH, FAILURES)"
                        + " SELECT CAST(? AS VARCHAR(10)), CAST(? AS VARCHAR(64)), 0"
                        + " FROM (VALUES (1)) AS ONE_ROW(N) WHERE NOT EXISTS (SELECT 1 FROM IDN_SIGN_IN_THROTTLE"
                        + " WHERE KIND = ? AND KEY_HASH = ?)")
                .setParameter(1, k.kind()).setParameter(2, k.hash())
                .setParameter(3, k.kind()).setParameter(4, k.hash()).executeUpdate();
    }

    /** The rows of the given hashes of one kind, by hash. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Row> find(String kind, Collection<String> hashes) {
        Map<String, Row> found = new HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        List<String> wanted = List.copyOf(new java.util.LinkedHashSet<>(hashes));
        String marks = String.join(", ", java.util.Collections.nCopies(wanted.size(), "?"));
        var q = em.createNativeQuery("SELECT KEY_HASH, FAILURES, LAST_FAILURE_AT, BLOCKED_UNTIL"
                + " FROM IDN_SIGN_IN_THROTTLE WHERE KIND = ? AND KEY_HASH IN (" + marks + ")").setParameter(1, kind);
        for (int i = 0; i < wanted.size(); i++) {
            q.setParameter(i + 2, wanted.get(i));
        }
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            found.put((String) r[0], new Row(((Number) r[1]).intValue(), time(r[2]), time(r[3])));
        }
        return found;
    }

    private Row read(Key k) {
        List<?> found = em.createNativeQuery("SELECT FAILURES, LAST_FAILURE_AT, BLOCKED_UNTIL FROM IDN_SIGN_IN_THROTTLE"
                + " WHERE KIND = ? AND KEY_HASH = ?").setParameter(1, k.kind()).setParameter(2, k.hash())
                .getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) found.get(0);
        return new Row(((Number) r[0]).intValue(), time(r[1]), time(r[2]));
    }

    /** Derby refuses untyped nulls as parameters: a null time is written as the literal NULL. */
    private void write(Key k, Row r) {
        List<Object> params = new ArrayList<>();
        params.add(r.failures());
        StringBuilder sql = new StringBuilder("UPDATE IDN_SIGN_IN_THROTTLE SET FAILURES = ?");
        sql.append(", LAST_FAILURE_AT = ").append(r.lastFailure() == null ? "NULL" : "?");
        if (r.lastFailure() != null) {
            params.add(timestamp(r.lastFailure()));
        }
        sql.append(", BLOCKED_UNTIL = ").append(r.blockedUntil() == null ? "NULL" : "?");
        if (r.blockedUntil() != null) {
            params.add(timestamp(r.blockedUntil()));
        }
        sql.append(" WHERE KIND = ? AND KEY_HASH = ?");
        params.add(k.kind());
        params.add(k.hash());
        var q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        q.executeUpdate();
    }

    /** Rows whose last failure is older than {@code before} and whose wait is over: nothing left to count. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetOlderThan(LocalDateTime before) {
        return em.createNativeQuery("DELETE FROM IDN_SIGN_IN_THROTTLE WHERE (LAST_FAILURE_AT IS NULL OR LAST_FAILURE_AT < ?)"
                        + " AND (BLOCKED_UNTIL IS NULL OR BLOCKED_UNTIL < ?)")
                .setParameter(1, timestamp(before)).setParameter(2, timestamp(before)).executeUpdate();
    }

    private static Timestamp timestamp(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    private static LocalDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) o;
    }
}
