package se.samspar.situation.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import se.samspar.platform.api.ModuleService;
import se.samspar.situation.api.LawView;
import se.samspar.situation.api.LawViews;
import se.samspar.situation.api.PictureStatus;
import se.samspar.situation.domain.SituationPicture;

/**
 * The law view from what the modules hold: the pictures (two queries and two counts), the agreements the caller sees
 * that the municipality is party to, their activities and coordination (a few statements per agreement; a
 * municipality is party to a handful of agreements, however many the installation holds).
 */
@ModuleService
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
    se.samspar.actionplan.api.HoursSpent hoursSpent;
    @Inject
    se.samspar.followup.api.FollowUpQueries followUps;
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
        Map<Long, List<Long>> measuresByProblem = new java.util.LinkedHashMap<>();
        Map<Long, String> problemTitles = new java.util.LinkedHashMap<>();
        if (newest != null) {
            problems = em.createQuery("select count(p) from Problem p where p.pictureId = :pic", Long.class)
                    .setParameter("pic", newest.id()).getSingleResult().intValue();
            unmeasured = em.createQuery("select count(p) from Problem p where p.pictureId = :pic and not exists"
                            + " (select m.id from Measure m where m.problemId = p.id)", Long.class)
                    .setParameter("pic", newest.id()).getSingleResult().intValue();
            for (Object[] r : em.createQuery("select p.id, p.title from Problem p where p.pictureId = :pic order by p.id",
                    Object[].class).setParameter("pic", newest.id()).getResultList()) {
                problemTitles.put((Long) r[0], (String) r[1]);
            }
            for (Object[] r : em.createQuery("select m.agreementId, m.activityId, m.problemId from Measure m, Problem p"
                    + " where m.problemId = p.id and p.pictureId = :pic order by m.activityId", Object[].class)
                    .setParameter("pic", newest.id()).getResultList()) {
                if (ids.contains((Long) r[0])) { // only agreements the caller sees
                    linkedByAgreement.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]);
                    measuresByProblem.computeIfAbsent((Long) r[2], k -> new ArrayList<>()).add((Long) r[1]);
                }
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
        Map<Long, ActivityView> activityById = new HashMap<>();
        LocalDate hoursFrom = today.minusYears(1).plusDays(1);
        Map<Long, java.math.BigDecimal> hoursByOrganisation = new HashMap<>();
        for (AgreementView a : ofMunicipality) {
            // The ids of the plan's activities (one column) and only the linked ones read whole: a large city's
            // agreement has 1,000 activities.
            List<Long> counted = activities.idsNotCancelled(a.id());
            Set<Long> linked = linkedByAgreement.getOrDefault(a.id(), Set.of());
            activities.withIds(a.id(), linked).stream().filter(x -> x.status() != ActivityStatus.CANCELLED)
                    .forEach(x -> activityById.put(x.id(), x));
            hoursSpent.ofAgreement(a.id(), new se.samspar.actionplan.api.DashboardFilter(null, null, hoursFrom, today))
                    .byOrganisation().forEach((o, h) -> hoursByOrganisation.merge(o, h, java.math.BigDecimal::add));
            se.samspar.followup.api.FollowUpView followUp = followUps.ofAgreement(a.id()).stream()
                    .max(Comparator.comparing((se.samspar.followup.api.FollowUpView v) -> v.isAdopted())
                            .thenComparing(se.samspar.followup.api.FollowUpView::periodTo)
                            .thenComparingLong(se.samspar.followup.api.FollowUpView::id)).orElse(null);
            plan.add(new LawView.PlanLine(a.id(), a.title(), a.validFrom(), a.validTo(), a.status(), counted.size(),
                    (int) counted.stream().filter(linked::contains).count(),
                    followUp == null ? null : followUp.id(), followUp == null ? null : followUp.title()));
            CoordinationFunctionView function = coordination.function(a.id()).orElse(null);
            MeetingView latest = coordination.meetings(a.id()).stream().findFirst().orElse(null);
            String organisation = function == null ? null : parties.stream().filter(p -> p.id() == function.partyId())
                    .map(PartyView::organisationName).findFirst().orElse(null);
            coordinationLines.add(new LawView.CoordinationLine(a.id(), a.title(), function, organisation, latest));
        }
        Set<Long> measured = new HashSet<>();
        measuresByProblem.values().forEach(measured::addAll);
        Map<Long, java.math.BigDecimal> hoursOfMeasures = hoursSpent.ofActivities(measured, hoursFrom, today);
        List<LawView.ProblemLine> problemLines = new ArrayList<>();
        problemTitles.forEach((problemId, title) -> {
            List<ActivityView> measures = measuresByProblem.getOrDefault(problemId, List.of()).stream()
                    .map(activityById::get).filter(java.util.Objects::nonNull).toList();
            problemLines.add(new LawView.ProblemLine(problemId, title,
                    measures.stream().map(x -> x.reference() + " " + x.title()).toList(),
                    (int) measures.stream().filter(x -> x.status() == ActivityStatus.COMPLETED).count(),
                    measures.isEmpty() ? null
                            : (int) Math.round(measures.stream().mapToInt(ActivityView::progress).average().orElse(0)),
                    measures.stream().map(x -> hoursOfMeasures.getOrDefault(x.id(), java.math.BigDecimal.ZERO))
                            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)));
        });
        // Per party of the municipality's agreements, each organisation once, in the order first met.
        Map<Long, String> organisations = new java.util.LinkedHashMap<>();
        parties.stream().filter(p -> ids.contains(p.agreementId()))
                .sorted(Comparator.comparingLong(PartyView::agreementId).thenComparingInt(PartyView::order))
                .forEach(p -> organisations.putIfAbsent(p.organisationId(), p.organisationName()));
        List<LawView.PartyHours> hours = organisations.entrySet().stream().map(e -> new LawView.PartyHours(e.getKey(),
                e.getValue(), hoursByOrganisation.getOrDefault(e.getKey(), java.math.BigDecimal.ZERO))).toList();
        return new LawView(municipalityId, name, today, picture, plan, coordinationLines, problemLines, hoursFrom,
                hours);
    }
}
