package se.samspar.situation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.samspar.platform.api.NotFound;
import se.samspar.situation.domain.Measure;
import se.samspar.situation.domain.Problem;
import se.samspar.situation.domain.SituationPicture;

/** Loading what a request names (or refusing with {@code NotFound}), and the newest version of a municipality. */
@ApplicationScoped
public class Pictures {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;

    public SituationPicture picture(long id) {
        SituationPicture p = em.find(SituationPicture.class, id);
        if (p == null) {
            throw new NotFound("SituationPicture", id);
        }
        return p;
    }

    public Problem problem(long id) {
        Problem p = em.find(Problem.class, id);
        if (p == null) {
            throw new NotFound("Problem", id);
        }
        return p;
    }

    public Optional<SituationPicture> newest(long municipalityId) {
        return em.createQuery("select p from SituationPicture p where p.municipalityId = :m order by p.number desc",
                SituationPicture.class).setParameter("m", municipalityId).setMaxResults(1).getResultList()
                .stream().findFirst();
    }

    public List<Problem> problemsOf(List<Long> pictureIds) {
        if (pictureIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Problem p where p.pictureId in :ids order by p.id", Problem.class)
                .setParameter("ids", pictureIds).getResultList();
    }

    public List<Measure> measuresOf(List<Long> problemIds) {
        if (problemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Measure m where m.problemId in :ids order by m.activityId", Measure.class)
                .setParameter("ids", problemIds).getResultList();
    }
}
