package se.samspar.followup.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import se.samspar.agreement.api.AgreementChanged.Subject;
import se.samspar.agreement.api.RemovalAttempted;
import se.samspar.platform.api.Refusal;

/**
 * Refuses the removal of an area or goal an indicator is set on, and of an area or party a follow-up has
 * assessed or marked reported, naming them. Runs in the removing transaction, before the removal.
 */
@ApplicationScoped
public class StructureReferences {
    private static final int NAMED = 10;

    @PersistenceContext(unitName = "samspar")
    EntityManager em;

    void onRemoval(@Observes RemovalAttempted removal) {
        String field = removal.subject().name().toLowerCase();
        String indicatorColumn = removal.subject() == Subject.GOAL ? "goalId"
                : removal.subject() == Subject.PRIORITY_AREA ? "areaId" : null;
        if (indicatorColumn != null) {
            refuseIfAny(field, "samspar.removal.indicators", em.createQuery("select i.name from Indicator i"
                            + " where i.agreementId = :a and i." + indicatorColumn + " = :id order by i.name", String.class)
                    .setParameter("a", removal.agreementId()).setParameter("id", removal.subjectId())
                    .setMaxResults(NAMED).getResultList());
        }
        String followUpReference = removal.subject() == Subject.PRIORITY_AREA
                ? "select f.title from FollowUp f, Assessment r where r.followUpId = f.id and r.areaId = :id"
                : removal.subject() == Subject.PARTY
                ? "select f.title from FollowUp f, PartyReport r where r.followUpId = f.id and r.partyId = :id" : null;
        if (followUpReference != null) {
            refuseIfAny(field, "samspar.removal.followUps", em.createQuery(followUpReference + " order by f.title",
                    String.class).setParameter("id", removal.subjectId()).setMaxResults(NAMED).getResultList());
        }
    }

    private static void refuseIfAny(String field, String key, List<String> names) {
        if (!names.isEmpty()) {
            throw new Refusal(field, key, Map.of("names", String.join(", ", names.stream().distinct().toList())));
        }
    }
}
