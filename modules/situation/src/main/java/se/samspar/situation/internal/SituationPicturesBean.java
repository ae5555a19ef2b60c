package se.samspar.situation.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samspar.followup.api.IndicatorView;
import se.samspar.followup.api.Indicators;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.Refusal;
import se.samspar.platform.api.StaleEdit;
import se.samspar.situation.api.Adoption;
import se.samspar.situation.api.PictureStatus;
import se.samspar.situation.api.ProblemDraft;
import se.samspar.situation.api.SituationChanged;
import se.samspar.situation.api.SituationPictures;
import se.samspar.situation.domain.Measure;
import se.samspar.situation.domain.Problem;
import se.samspar.situation.domain.SituationPicture;

@ModuleService
public class SituationPicturesBean implements SituationPictures {
    static final String PICTURE = "SITUATION_PICTURE";
    static final String PROBLEM = "PROBLEM";

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    MunicipalityRights rights;
    @Inject
    Pictures pictures;
    @Inject
    Indicators indicators;
    @Inject
    CallerContext callers;
    @Inject
    Clock clock;
    @Inject
    Event<SituationChanged> changed;

    @Override
    public long draft(long municipalityId, LocalDate asOf) {
        rights.requireEdit(municipalityId);
        requireDate(asOf);
        SituationPicture latest = pictures.newest(municipalityId).orElse(null);
        if (latest != null && latest.status() == PictureStatus.DRAFT) {
            throw Refusal.of("picture", "samspar.situation.draftExists");
        }
        SituationPicture p = new SituationPicture(municipalityId, latest == null ? 1 : latest.number() + 1, asOf,
                latest == null ? null : latest.id());
        em.persist(p);
        em.flush();
        if (latest != null) {
            copyProblems(latest.id(), p.id());
        }
        changed.fire(new SituationChanged(municipalityId, PICTURE, p.id(), Change.CREATED, label(p)));
        return p.id();
    }

    /** The next version starts from the last: its problems, and the activities addressing them. */
    private void copyProblems(long fromId, long toId) {
        List<Problem> old = pictures.problemsOf(List.of(fromId));
        List<Measure> measures = pictures.measuresOf(old.stream().map(Problem::id).toList());
        for (Problem o : old) {
            Problem copy = o.copyInto(toId);
            em.persist(copy);
            em.flush();
            measures.stream().filter(m -> m.problemId() == o.id())
                    .forEach(m -> em.persist(new Measure(copy.id(), m.activityId(), m.agreementId())));
        }
        em.flush();
    }

    @Override
    public void redate(long pictureId, long expectedVersion, LocalDate asOf) {
        SituationPicture p = pictures.picture(pictureId);
        rights.requireEdit(p.municipalityId());
        requireDate(asOf);
        StaleEdit.check("SituationPicture", pictureId, p.version(), expectedVersion);
        p.redate(asOf);
        StaleEdit.flush(em, "SituationPicture", pictureId);
        changed.fire(new SituationChanged(p.municipalityId(), PICTURE, pictureId, Change.UPDATED, label(p)));
    }

    @Override
    public long addProblem(long pictureId, ProblemDraft draft) {
        SituationPicture p = pictures.picture(pictureId);
        rights.requireEdit(p.municipalityId());
        validator.check(draft);
        requireOwnIndicators(p.municipalityId(), draft.indicatorIds());
        Problem problem = p.record(draft);
        em.persist(problem);
        // A problem changes the version: an adoption prepared before it is refused as stale.
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        changed.fire(new SituationChanged(p.municipalityId(), PROBLEM, problem.id(), Change.CREATED,
                label(p) + ": " + problem.title()));
        return problem.id();
    }

    @Override
    public void updateProblem(long problemId, long expectedVersion, ProblemDraft draft) {
        Problem problem = pictures.problem(problemId);
        SituationPicture p = pictures.picture(problem.pictureId());
        rights.requireEdit(p.municipalityId());
        validator.check(draft);
        requireOwnIndicators(p.municipalityId(), draft.indicatorIds());
        StaleEdit.check("Problem", problemId, problem.version(), expectedVersion);
        p.revise(problem, draft);
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        StaleEdit.flush(em, "Problem", problemId);
        changed.fire(new SituationChanged(p.municipalityId(), PROBLEM, problemId, Change.UPDATED,
                label(p) + ": " + problem.title()));
    }

    @Override
    public void removeProblem(long problemId, long expectedVersion) {
        Problem problem = pictures.problem(problemId);
        SituationPicture p = pictures.picture(problem.pictureId());
        rights.requireEdit(p.municipalityId());
        StaleEdit.check("Problem", problemId, problem.version(), expectedVersion);
        p.requireRemovable(problem);
        pictures.measuresOf(List.of(problemId)).forEach(em::remove);
        em.remove(problem);
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        StaleEdit.flush(em, "Problem", problemId);
        changed.fire(new SituationChanged(p.municipalityId(), PROBLEM, problemId, Change.DELETED,
                label(p) + ": " + problem.title()));
    }

    @Override
    public void adopt(long pictureId, long expectedVersion, Adoption adoption) {
        SituationPicture p = pictures.picture(pictureId);
        rights.requireEdit(p.municipalityId());
        validator.check(adoption);
        StaleEdit.check("SituationPicture", pictureId, p.version(), expectedVersion);
        p.adopt(adoption, callers.current().username(), LocalDateTime.now(clock));
        StaleEdit.flush(em, "SituationPicture", pictureId);
        changed.fire(new SituationChanged(p.municipalityId(), PICTURE, pictureId, Change.UPDATED,
                label(p) + " adopted: " + adoption.body() + " " + adoption.date()
                        + (adoption.paragraph() == null ? "" : " " + adoption.paragraph()) + " " + adoption.diaryNumber()));
    }

    private static void requireDate(LocalDate asOf) {
        if (asOf == null) {
            throw InvalidInput.of("asOf", "samspar.required");
        }
    }

    /** An indicator measuring a problem must be one of the municipality's agreements'. */
    private void requireOwnIndicators(long municipalityId, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> own = new HashSet<>();
        for (long agreementId : rights.agreementsOf(municipalityId)) {
            indicators.ofAgreement(agreementId).stream().map(IndicatorView::id).forEach(own::add);
        }
        if (!own.containsAll(ids)) {
            throw InvalidInput.of("indicatorIds", "samspar.situation.foreignIndicator");
        }
    }

    private static String label(SituationPicture p) {
        return "Situation picture " + p.number() + " (" + p.asOf() + ")";
    }
}
