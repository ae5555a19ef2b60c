package se.samspar.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.samspar.platform.api.UniqueKeys;

/**
 * NTF_RUN: which node sends a day's reminders. In a cluster (issue 15) every node plans the daily run at the same
 * hour; the database's primary key on the day lets exactly one of them take it, whichever node is alive.
 */
@ApplicationScoped
public class ReminderRuns {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    Clock clock;

    /** True for the one caller that records {@code day} first; false for every later one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(LocalDate day, String node) {
        try {
            em.createNativeQuery("INSERT INTO NTF_RUN (RUN_DAY, NODE, STARTED_AT) VALUES (?, ?, ?)")
                    .setParameter(1, day).setParameter(2, node).setParameter(3, LocalDateTime.now(clock))
                    .executeUpdate();
            return true;
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e)) {
                return false;
            }
            throw e;
        }
    }
}
