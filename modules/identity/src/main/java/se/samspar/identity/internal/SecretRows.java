package se.samspar.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** IDN_SECRET, read and written in transactions of their own. */
@ApplicationScoped
public class SecretRows {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String find(String name) {
        List<?> found = em.createNativeQuery("SELECT SECRET_VALUE FROM IDN_SECRET WHERE NAME = ?")
                .setParameter(1, name).getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String name, String value) {
        em.createNativeQuery("INSERT INTO IDN_SECRET (NAME, SECRET_VALUE) VALUES (?, ?)")
                .setParameter(1, name).setParameter(2, value).executeUpdate();
    }
}
