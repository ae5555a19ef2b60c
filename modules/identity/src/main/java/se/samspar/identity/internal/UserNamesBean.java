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

    /** Usernames are stored in lower case, as the audit trail records them. */
    @Override
    @Transactional
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        java.util.List<String> wanted = usernames.stream().filter(java.util.Objects::nonNull).distinct().limit(1_000)
                .toList();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!wanted.isEmpty()) {
            em.createQuery("select u.username, u.displayName from UserAccount u where u.username in :names",
                            Object[].class)
                    .setParameter("names", wanted).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }
}
