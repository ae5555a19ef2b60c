package se.samspar.followup.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samspar.followup.api.AreaAssessment;
import se.samspar.followup.api.FollowUpView;
import se.samspar.followup.domain.Assessment;
import se.samspar.followup.domain.FollowUp;
import se.samspar.followup.domain.PartyReport;
import se.samspar.platform.api.NotFound;

/** Loading the follow-up a request names (or refusing with {@code NotFound}), and follow-ups as views. */
@ApplicationScoped
public class FollowUpRecords {
    static final String ENTITY = "FollowUp";

    @PersistenceContext(unitName = "samspar")
    EntityManager em;

    FollowUp load(long id) {
        FollowUp f = em.find(FollowUp.class, id);
        if (f == null) {
            throw new NotFound(ENTITY, id);
        }
        return f;
    }

    /** Two queries for any number of follow-ups: their assessments, then their parties' marks. */
    List<FollowUpView> views(List<FollowUp> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(FollowUp::id).toList();
        Map<Long, Map<Long, AreaAssessment>> assessments = new HashMap<>();
        em.createQuery("select a from Assessment a where a.followUpId in :ids", Assessment.class)
                .setParameter("ids", ids).getResultList()
                .forEach(a -> assessments.computeIfAbsent(a.followUpId(), k -> new HashMap<>())
                        .put(a.areaId(), new AreaAssessment(a.areaId(), a.text(), a.light(), a.kind())));
        Map<Long, Map<Long, FollowUpView.PartyReported>> marks = new HashMap<>();
        em.createQuery("select p from PartyReport p where p.followUpId in :ids", PartyReport.class)
                .setParameter("ids", ids).getResultList()
                .forEach(p -> marks.computeIfAbsent(p.followUpId(), k -> new HashMap<>())
                        .put(p.partyId(), new FollowUpView.PartyReported(p.partyId(), p.reportedBy(), p.reportedAt())));
        return list.stream().map(f -> new FollowUpView(f.id(), f.agreementId(), f.kind(), f.title(), f.periodFrom(),
                f.periodTo(), f.status(), f.summary(), f.revisesId(), assessments.getOrDefault(f.id(), Map.of()),
                marks.getOrDefault(f.id(), Map.of()), f.decision(), f.adoptedBy(), f.adoptedAt(), f.version(),
                f.reportingDeadline()))
                .toList();
    }

    FollowUpView view(FollowUp f) {
        return views(List.of(f)).get(0);
    }
}
