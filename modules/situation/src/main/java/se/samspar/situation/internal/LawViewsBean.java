package se.samspar.situation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.PartyView;
import se.samspar.coordination.api.CoordinationFunctionView;
import se.samspar.coordination.api.CoordinationQueries;
import se.samspar.coordination.api.MeetingView;
import se.samspar.situation.api.LawView;
import se.samspar.situation.api.LawViews;
import se.samspar.situation.api.PictureStatus;
import se.samspar.situation.domain.SituationPicture;

/**
 * The law view from what the modules hold: the pictures (two queries and two counts), the agreements the caller sees
 * that the municipality is party to, their activities and coordination (a few statements per agreement; a
 * municipality is party to a handful of agreements, however many the installation holds).
 */
@ApplicationScoped
@se.samspar.platform.api.Guarded
@Transactional
public class LawViewsBean implements LawViews {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    MunicipalityRights rights;
    @Inject
    Pictures pictures;
    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    CoordinationQueries coordination;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "samspar.law.picture-max-age-months", defaultValue = "12")
    int maxAgeMonths;

    @Override
    public LawView of(long municipalityId) {
        rights.requireRead(municipalityId);
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = rights.agreementsOf(municipalityId);
        List<PartyView> parties = agreements.partiesOf(ids);
        String name = parties.stream().filter(p -> p.organisationId() == municipalityId)
                .map(PartyView::organisationName).findFirst().orElse("");

        SituationPicture adopted = em.createQuery("select p from SituationPicture p where p.municipalityId = :m"
                        + " and p.status = :adopted order by p.number desc", SituationPicture.class)
                .setParameter("m", municipalityId).setParameter("adopted", PictureStatus.ADOPTED).setMaxResults(1)
                .getResultList().stream().findFirst().orElse(null);
        SituationPicture newest = pictures.newest(municipalityId).orElse(null);
        int problems = 0;
        int unmeasured = 0;
        Map<Long, Set<Long>> linkedByAgreement = new HashMap<>();
        if (newest != null) {
            problems = em.createQuery("select count(p) from Problem p where p.pictureId = :pic", Long.class)
                    .setParameter("pic", newest.id()).getSingleResult().intValue();
            unmeasured = em.createQuery("select count(p) from Problem p where p.pictureId = :pic and not exists"
                            + " (select m.id from Measure m where m.problemId = p.id)", Long.class)
                    .setParameter("pic", newest.id()).getSingleResult().intValue();
            for (Object[] r : em.createQuery("select distinct m.agreementId, m.activityId from Measure m, Problem p"
                    + " where m.problemId = p.id and p.pictureId = :pic", Object[].class)
                    .setParameter("pic", newest.id()).getResultList()) {
                linkedByAgreement.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]);
            }
        }
        LawView.PictureDuty picture = new LawView.PictureDuty(adopted == null ? null : adopted.id(),
                adopted == null ? null : adopted.number(), adopted == null ? null : adopted.asOf(),
                adopted == null ? null : adopted.adoption(), maxAgeMonths,
                adopted != null && adopted.asOf().plusMonths(maxAgeMonths).isBefore(today),
                newest != null && newest.status() == PictureStatus.DRAFT ? newest.id() : null, problems, unmeasured);

        List<AgreementView> ofMunicipality = agreements.agreements().stream().filter(a -> ids.contains(a.id()))
                .sorted(Comparator.comparing((AgreementView a) -> a.status() != AgreementStatus.ACTIVE)
                        .thenComparing(AgreementView::validFrom, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        List<LawView.PlanLine> plan = new ArrayList<>();
        List<LawView.CoordinationLine> coordinationLines = new ArrayList<>();
        for (AgreementView a : ofMunicipality) {
            List<ActivityView> counted = activities.activitiesOf(a.id()).stream()
                    .filter(x -> x.status() != ActivityStatus.CANCELLED).toList();
            Set<Long> linked = linkedByAgreement.getOrDefault(a.id(), Set.of());
            plan.add(new LawView.PlanLine(a.id(), a.title(), a.validFrom(), a.validTo(), a.status(), counted.size(),
                    (int) counted.stream().filter(x -> linked.contains(x.id())).count()));
            CoordinationFunctionView function = coordination.function(a.id()).orElse(null);
            MeetingView latest = coordination.meetings(a.id()).stream().findFirst().orElse(null);
            String organisation = function == null ? null : parties.stream().filter(p -> p.id() == function.partyId())
                    .map(PartyView::organisationName).findFirst().orElse(null);
            coordinationLines.add(new LawView.CoordinationLine(a.id(), a.title(), function, organisation, latest));
        }
        return new LawView(municipalityId, name, today, picture, plan, coordinationLines);
    }
}
