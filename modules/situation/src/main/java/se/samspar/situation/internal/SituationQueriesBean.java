package se.samspar.situation.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.platform.api.ModuleService;
import se.samspar.situation.api.PictureView;
import se.samspar.situation.api.ProblemView;
import se.samspar.situation.api.SituationQueries;
import se.samspar.situation.domain.Measure;
import se.samspar.situation.domain.Problem;
import se.samspar.situation.domain.SituationPicture;

@ModuleService
public class SituationQueriesBean implements SituationQueries {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    MunicipalityRights rights;
    @Inject
    Pictures pictures;
    @Inject
    AgreementQueries agreements;

    /** Three queries for any number of versions: the versions, their problems, the problems' measures. */
    @Override
    public List<PictureView> versions(long municipalityId) {
        rights.requireRead(municipalityId);
        List<SituationPicture> list = em.createQuery("select p from SituationPicture p where p.municipalityId = :m"
                + " order by p.number desc", SituationPicture.class).setParameter("m", municipalityId).getResultList();
        List<Problem> problems = pictures.problemsOf(list.stream().map(SituationPicture::id).toList());
        Map<Long, List<Long>> activities = new HashMap<>();
        for (Measure m : pictures.measuresOf(problems.stream().map(Problem::id).toList())) {
            activities.computeIfAbsent(m.problemId(), k -> new ArrayList<>()).add(m.activityId());
        }
        Map<Long, List<ProblemView>> byPicture = new HashMap<>();
        for (Problem p : problems) {
            byPicture.computeIfAbsent(p.pictureId(), k -> new ArrayList<>()).add(new ProblemView(p.id(), p.pictureId(),
                    p.title(), p.description(), p.category(), p.place(), p.timePattern(), p.groupsAffected(),
                    p.sources().stream().sorted().toList(), p.sourceNote(), p.causes(),
                    p.indicatorIds().stream().sorted().toList(), activities.getOrDefault(p.id(), List.of()),
                    p.version()));
        }
        return list.stream().map(p -> new PictureView(p.id(), p.municipalityId(), p.number(), p.asOf(), p.status(),
                p.basedOnId(), p.adoption(), p.adoptedBy(), p.adoptedAt(), byPicture.getOrDefault(p.id(), List.of()),
                p.version())).toList();
    }

    @Override
    public Optional<PictureView> current(long municipalityId) {
        return versions(municipalityId).stream().findFirst();
    }

    @Override
    public boolean mayEdit(long municipalityId) {
        return rights.mayEdit(municipalityId);
    }

    @Override
    public List<Long> agreementsOf(long municipalityId) {
        return rights.agreementsOf(municipalityId);
    }

    @Override
    public List<Municipality> municipalities() {
        List<Long> visible = agreements.agreements().stream().map(AgreementView::id).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new TreeMap<>();
        agreements.partiesOf(visible).stream().filter(p -> p.organisationType() == OrganisationType.MUNICIPALITY)
                .forEach(p -> names.put(p.organisationId(), p.organisationName()));
        return names.entrySet().stream().map(e -> new Municipality(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Municipality::name)).toList();
    }

    @Override
    public Optional<Municipality> municipalityOf(long agreementId) {
        return rights.municipalityOf(agreementId).map(p -> new Municipality(p.organisationId(), p.organisationName()));
    }
}
