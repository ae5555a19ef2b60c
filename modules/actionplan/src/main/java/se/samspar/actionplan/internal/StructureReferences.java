package se.samspar.actionplan.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import se.samspar.agreement.api.RemovalAttempted;
import se.samspar.platform.api.Refusal;

/**
 * Refuses the removal of a party, area or goal that an activity still refers to (as lead or participating
 * party, or as its area or goal), naming those activities. Runs in the removing transaction, before the removal.
 */
@ApplicationScoped
public class StructureReferences {
    /** How many references a refusal names; the rest are left out of the message. */
    private static final int NAMED = 10;

    @PersistenceContext(unitName = "samspar")
    EntityManager em;

    void onRemoval(@Observes RemovalAttempted removal) {
        String where = switch (removal.subject()) {
            // A subquery, not "member of": joined in an "or", that would leave out activities with no participants.
            case PARTY -> "a.leadPartyId = :id or a.id in (select b.id from Activity b join b.participatingPartyIds p"
                    + " where p = :id)";
            case PRIORITY_AREA -> "a.areaId = :id";
            case GOAL -> "a.goalId = :id";
            case AGREEMENT -> null;
        };
        if (where == null) {
            return;
        }
        List<String> references = em.createQuery("select a.reference from Activity a where a.agreementId = :agreement"
                        + " and (" + where + ") order by a.reference", String.class)
                .setParameter("agreement", removal.agreementId()).setParameter("id", removal.subjectId())
                .setMaxResults(NAMED).getResultList();
        if (!references.isEmpty()) {
            throw new Refusal(removal.subject().name().toLowerCase(), "samspar.removal.activities",
                    Map.of("references", String.join(", ", references)));
        }
    }
}
