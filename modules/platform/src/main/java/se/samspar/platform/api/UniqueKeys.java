package se.samspar.platform.api;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Two requests creating the same thing at once (two areas with one code, two activities with one reference):
 * both pass the service's own check, and the database's unique key refuses the second. That refusal is said
 * as the field's "already exists", never as a failure.
 */
public final class UniqueKeys {
    /** SQL state of a duplicate key, in Derby as in PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    private UniqueKeys() {
    }

    /** Whether the failure, or one of its causes, is the database refusing a duplicate key. */
    public static boolean violated(Throwable failure) {
        return LockConflicts.anyCause(failure, t -> t instanceof SQLException s && DUPLICATE_KEY.equals(s.getSQLState()));
    }

    /** Flushes; a duplicate key the database refuses becomes {@code InvalidInput} "already exists" at the field. */
    public static void flush(EntityManager em, String field) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (violated(e)) {
                throw InvalidInput.of(field, "samspar.unique");
            }
            throw e;
        }
    }
}
