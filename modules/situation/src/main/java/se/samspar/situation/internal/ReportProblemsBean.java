package se.samspar.situation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samspar.agreement.api.PartyView;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.ReportProblems;
import se.samspar.followup.api.ReportSourcesChanged;
import se.samspar.situation.api.SituationChanged;
import se.samspar.situation.domain.Measure;
import se.samspar.situation.domain.SituationPicture;

/**
 * The follow-up report's problems (problem → measures → result): the current picture's problems of the agreement's
 * municipality that at least one of the agreement's activities addresses. Four queries after the structure. Read
 * for a report the caller may already see, so it checks no rights of its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportProblemsBean implements ReportProblems {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    MunicipalityRights rights;
    @Inject
    Pictures pictures;
    @Inject
    Event<ReportSourcesChanged> reportSources;

    @Override
    public List<FollowUpReport.Problem> addressedBy(long agreementId) {
        Long municipalityId = rights.municipalityOf(agreementId).map(PartyView::organisationId).orElse(null);
        SituationPicture current = municipalityId == null ? null : pictures.newest(municipalityId).orElse(null);
        if (current == null) {
            return List.of();
        }
        Map<Long, List<Long>> measures = new LinkedHashMap<>();
        for (Measure m : em.createQuery("select m from Measure m, Problem p where m.problemId = p.id"
                        + " and p.pictureId = :pic and m.agreementId = :a order by m.activityId", Measure.class)
                .setParameter("pic", current.id()).setParameter("a", agreementId).getResultList()) {
            measures.computeIfAbsent(m.problemId(), k -> new ArrayList<>()).add(m.activityId());
        }
        if (measures.isEmpty()) {
            return List.of();
        }
        // The indicators in one query, not one per problem (a lazy collection each).
        Map<Long, List<Long>> indicators = new java.util.HashMap<>();
        for (Object[] r : em.createQuery("select p.id, i from Problem p join p.indicatorIds i where p.pictureId = :pic"
                + " order by i", Object[].class).setParameter("pic", current.id()).getResultList()) {
            indicators.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]);
        }
        List<FollowUpReport.Problem> out = new ArrayList<>();
        for (Object[] p : em.createQuery("select p.id, p.title, p.category from Problem p where p.pictureId = :pic"
                + " order by p.id", Object[].class).setParameter("pic", current.id()).getResultList()) {
            List<Long> activities = measures.get((Long) p[0]);
            if (activities != null) {
                out.add(new FollowUpReport.Problem((Long) p[0], (String) p[1], ((Enum<?>) p[2]).name(), activities,
                        indicators.getOrDefault((Long) p[0], List.of())));
            }
        }
        return out;
    }

    /** A problem or its measures changed: follow-up reports kept in preparation are built anew. */
    void on(@Observes SituationChanged e) {
        reportSources.fire(new ReportSourcesChanged(e.what()));
    }
}
