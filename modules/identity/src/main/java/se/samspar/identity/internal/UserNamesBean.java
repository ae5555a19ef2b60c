package se.samspar.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.samspar.identity.api.UserNames;

/** Display names by username, one indexed lookup each. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UserNamesBean implements UserNames {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;

    @Override
    public String displayName(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        return em.createQuery("select u.displayName from UserAccount u where u.username = :u", String.class)
                .setParameter("u", username.strip().toLowerCase(java.util.Locale.ROOT)).getResultList().stream().findFirst().orElse(username);
    }
}
