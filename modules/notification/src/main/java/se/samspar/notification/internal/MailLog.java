package se.samspar.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import se.samspar.notification.api.MailKind;

/** NTF_MAIL: who was sent what kind of mail about what, and when; never the content. */
@ApplicationScoped
public class MailLog {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long userId, MailKind kind, Long subjectId) {
        em.createNativeQuery("INSERT INTO NTF_MAIL (USER_ID, KIND, SUBJECT_ID, SENT_AT) VALUES (?, ?, ?, ?)")
                .setParameter(1, userId).setParameter(2, kind.name()).setParameter(3, subjectId)
                .setParameter(4, LocalDateTime.now(clock)).executeUpdate();
    }

    /** Whether this user was already sent this kind of mail about this subject. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sent(long userId, MailKind kind, long subjectId) {
        return !em.createNativeQuery("SELECT USER_ID FROM NTF_MAIL WHERE USER_ID = ? AND KIND = ? AND SUBJECT_ID = ?"
                        + " FETCH FIRST 1 ROWS ONLY")
                .setParameter(1, userId).setParameter(2, kind.name()).setParameter(3, subjectId).getResultList()
                .isEmpty();
    }
}
