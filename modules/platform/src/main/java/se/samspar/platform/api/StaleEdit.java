package se.samspar.platform.api;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Someone changed the record since the editor loaded it (rule 10). The edit is refused and
 * the newer data kept; the editor reloads and decides again.
 */
public class StaleEdit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String entity;
    private final long id;

    public StaleEdit(String entity, long id) {
        super(entity + " " + id + " was changed by someone else since it was loaded");
        this.entity = entity;
        this.id = id;
    }

    /** Refuses the edit when the version the editor loaded is not the stored one. */
    public static void check(String entity, long id, long storedVersion, long expectedVersion) {
        if (storedVersion != expectedVersion) {
            throw new StaleEdit(entity, id);
        }
    }

    /**
     * Flushes an edit so that a concurrent one that passed {@link #check} at the same moment is
     * caught here, inside the service, as a refusal rather than at commit.
     */
    public static void flush(EntityManager em, String entity, long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEdit(entity, id);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException
                    || e.getClass().getName().endsWith("OptimisticLockException")) {
                throw new StaleEdit(entity, id);
            }
            throw e;
        }
    }

    public String entity() {
        return entity;
    }

    public long id() {
        return id;
    }
}
