package se.samspar.agreement.internal;

import jakarta.persistence.EntityManager;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.NotFound;

/**
 * Loading the entities a request names, and placing a new one last among its siblings, the same way for every use
 * case of the module.
 */
final class Stored {
    private Stored() {
    }

    /**
     * The entity, or a refusal: {@link NotFound} when it is the request's subject ({@code field} "id"),
     * otherwise {@code InvalidInput} at the field that named it.
     */
    static <T> T load(EntityManager em, Class<T> type, long id, String field) {
        T entity = em.find(type, id);
        if (entity == null) {
            if ("id".equals(field)) {
                throw new NotFound(type.getSimpleName(), id);
            }
            throw InvalidInput.of(field, "samspar.unknown");
        }
        return entity;
    }

    /** The order a new party, area or goal takes: after the last of its {@code owner}'s (one past the highest). */
    static int nextOrder(EntityManager em, String entity, String owner, long ownerId) {
        Integer max = em.createQuery("select max(p.order) from " + entity + " p where " + owner + " = :owner",
                Integer.class).setParameter("owner", ownerId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
