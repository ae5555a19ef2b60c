package se.samspar.situation.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.Refusal;
import se.samspar.situation.api.ProblemMeasures;
import se.samspar.situation.api.SituationChanged;
import se.samspar.situation.domain.Measure;
import se.samspar.situation.domain.Problem;
import se.samspar.situation.domain.SituationPicture;

@ModuleService
public class ProblemMeasuresBean implements ProblemMeasures {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    MunicipalityRights rights;
    @Inject
    Pictures pictures;
    @Inject
    ActivityQueries activities;
    @Inject
    AgreementQueries agreements;
    @Inject
    Event<SituationChanged> changed;
    @Inject
    se.samspar.actionplan.api.HoursSpent hoursSpent;
    @Inject
    ReportProblemsBean addressed;

    @Override
    public void setMeasures(long problemId, Collection<Long> activityIds) {
        Problem problem = pictures.problem(problemId);
        SituationPicture picture = pictures.picture(problem.pictureId());
        long municipalityId = picture.municipalityId();
        List<Long> coordinated = rights.coordinatedOf(municipalityId);
        AccessDenied.unless(!coordinated.isEmpty(), "link measures to problem " + problemId);
        if (pictures.newest(municipalityId).map(SituationPicture::id).orElse(-1L) != picture.id().longValue()) {
            throw Refusal.of("problem", "samspar.situation.notCurrent");
        }
        Set<Long> wanted = new HashSet<>(activityIds);
        List<Measure> existing = pictures.measuresOf(List.of(problemId));
        Set<Long> had = new HashSet<>();
        for (Measure m : existing) {
            had.add(m.activityId());
            if (!wanted.contains(m.activityId())) {
                requireCoordinated(coordinated, m.agreementId());
                em.remove(m);
            }
        }
        for (long activityId : wanted) {
            if (had.contains(activityId)) {
                continue;
            }
            ActivityView a = activities.find(activityId)
                    .orElseThrow(() -> InvalidInput.of("activityIds", "samspar.unknown"));
            requireCoordinated(coordinated, a.agreementId());
            em.persist(new Measure(problemId, activityId, a.agreementId()));
        }
        em.flush();
        changed.fire(new SituationChanged(municipalityId, SituationPicturesBean.PROBLEM, problemId, Change.UPDATED,
                problem.title() + ": measures " + wanted.stream().sorted().toList()));
    }

    private static void requireCoordinated(List<Long> coordinated, long agreementId) {
        if (!coordinated.contains(agreementId)) {
            throw InvalidInput.of("activityIds", "samspar.situation.foreignActivity");
        }
    }

    @Override
    public List<Long> linkableAgreements(long municipalityId) {
        return rights.coordinatedOf(municipalityId);
    }

    /**
     * Three queries after the agreement's structure: the current picture's problems no activity addresses, which of
     * the agreement's activities address one of its problems, and the ids of those not cancelled (no activity read
     * whole: a large city's agreement has 1,000).
     */
    @Override
    public Coverage coverage(long agreementId) {
        Long municipalityId = rights.municipalityOf(agreementId).map(PartyView::organisationId).orElse(null);
        if (municipalityId == null) {
            return new Coverage(null, null, List.of(), List.of());
        }
        SituationPicture current = pictures.newest(municipalityId).orElse(null);
        if (current == null) {
            return new Coverage(municipalityId, null, List.of(), List.of());
        }
        List<Unmeasured> unmeasured = em.createQuery("select p.id, p.title from Problem p where p.pictureId = :pic"
                        + " and not exists (select m.id from Measure m where m.problemId = p.id) order by p.id",
                        Object[].class).setParameter("pic", current.id()).getResultList().stream()
                .map(r -> new Unmeasured((Long) r[0], (String) r[1])).toList();
        Set<Long> linked = new HashSet<>(em.createQuery("select distinct m.activityId from Measure m, Problem p"
                        + " where m.problemId = p.id and p.pictureId = :pic and m.agreementId = :a", Long.class)
                .setParameter("pic", current.id()).setParameter("a", agreementId).getResultList());
        List<Long> unlinked = activities.idsNotCancelled(agreementId).stream().filter(id -> !linked.contains(id)).toList();
        return new Coverage(municipalityId, current.id(), unmeasured, unlinked);
    }

    @Override
    public List<ProblemHours> hoursPerProblem(long agreementId, java.time.LocalDate from, java.time.LocalDate to) {
        List<se.samspar.followup.api.FollowUpReport.Problem> problems = addressed.addressedBy(agreementId);
        Set<Long> activityIds = new HashSet<>();
        problems.forEach(p -> activityIds.addAll(p.activityIds()));
        java.util.Map<Long, java.math.BigDecimal> hours = hoursSpent.ofActivities(activityIds, from, to);
        return problems.stream().map(p -> new ProblemHours(p.problemId(), p.title(), p.activityIds().size(),
                p.activityIds().stream().map(a -> hours.getOrDefault(a, java.math.BigDecimal.ZERO))
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))).toList();
    }
}
