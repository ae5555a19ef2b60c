package se.samspar.followup.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samspar.followup.api.AnnualFigures;
import se.samspar.followup.api.FollowUpKind;

/**
 * The year comparison's figures of adopted annual follow-ups, each taken from its snapshot the first time it is asked
 * for and then kept: correct for ever, since a snapshot never changes once adopted (rule 6, held by the database's
 * triggers too). A request then reads only which follow-ups there are — where the board used to read and parse every
 * snapshot of every agreement it sees (290 of them, with every status update of their year, for the police). What is
 * kept is a few hundred bytes per follow-up, at most {@value #KEPT} of them; one forgotten is read again.
 */
@ApplicationScoped
public class AdoptedFigures {
    private static final int KEPT = 20_000;
    /*
     * Snapshots read at a time, and one reader at a time: a snapshot of a year of 1,000 activities is megabytes of
     * JSON, so 200 at once — and 20 users each reading them on a cold start — ran a 512 MB heap out (issue 12's
     * benchmark). Those waiting then find the figures kept.
     */
    private static final int SNAPSHOTS_PER_QUERY = 10;

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    SnapshotJson json;

    private final Map<Long, AnnualFigures> kept = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, AnnualFigures> eldest) {
                    return size() > KEPT;
                }
            });

    /** By agreement, oldest period first; called inside the caller's transaction, after its visibility check. */
    Map<Long, List<AnnualFigures>> of(List<Long> agreementIds) {
        List<Long> adopted = em.createQuery("select f.id from Snapshot s, FollowUp f where s.followUpId = f.id"
                        + " and f.agreementId in :ids and f.kind = :annual order by f.periodTo, f.id", Long.class)
                .setParameter("ids", agreementIds).setParameter("annual", FollowUpKind.ANNUAL).getResultList();
        if (adopted.stream().anyMatch(id -> !kept.containsKey(id))) {
            readMissing(adopted);
        }
        Map<Long, List<AnnualFigures>> byAgreement = new LinkedHashMap<>();
        for (long id : adopted) {
            AnnualFigures figures = kept.get(id);
            if (figures == null) { // forgotten between the two reads (more than KEPT asked at once): read it again
                figures = AnnualFigures.of(json.read(em.createQuery("select s.content from Snapshot s"
                        + " where s.followUpId = :id", String.class).setParameter("id", id).getSingleResult()));
            }
            byAgreement.computeIfAbsent(figures.agreementId(), a -> new ArrayList<>()).add(figures);
        }
        return byAgreement;
    }

    private synchronized void readMissing(List<Long> adopted) {
        List<Long> missing = adopted.stream().filter(id -> !kept.containsKey(id)).toList();
        for (int from = 0; from < missing.size(); from += SNAPSHOTS_PER_QUERY) {
            List<Long> chunk = missing.subList(from, Math.min(missing.size(), from + SNAPSHOTS_PER_QUERY));
            em.createQuery("select s.followUpId, s.content from Snapshot s where s.followUpId in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(row -> kept.put((Long) row[0], AnnualFigures.of(json.read((String) row[1]))));
        }
    }
}
