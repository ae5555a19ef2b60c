package se.samspar.actionplan.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityDueDates;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.domain.Activity;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.ModuleService;

/**
 * {@link ActivityDueDates}: the caller's agreements (and parties), then one limited query and the participants of
 * what it found. Rule 5 is {@link NeedingMyUpdate#mayReport}, the condition the work queue uses.
 */
@ModuleService
public class ActivityDueDatesBean implements ActivityDueDates {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    AgreementQueries agreements;
    @Inject
    CallerContext callers;
    @Inject
    Clock clock;

    @Override
    public List<ActivityView> mine(LocalDate from, int max) {
        Map<Long, AgreementView> mine = agreements.agreements().stream()
                .collect(Collectors.toMap(AgreementView::id, v -> v));
        Map<String, Object> p = new LinkedHashMap<>();
        Optional<String> rights = NeedingMyUpdate.mayReport(callers.current(), mine.values(),
                mine.isEmpty() ? List.of() : agreements.partiesOf(mine.keySet()), p);
        if (rights.isEmpty()) {
            return List.of();
        }
        p.put("mine", List.copyOf(mine.keySet()));
        return read("a.agreementId in :mine and " + rights.get(), p, from, max, mine);
    }

    @Override
    public List<ActivityView> ofAgreement(long agreementId, LocalDate from, int max) {
        Caller caller = callers.current();
        AccessDenied.unless(caller.coordinates(agreementId), "read the due dates of an agreement");
        AgreementView agreement = agreements.structure(agreementId).orElseThrow().agreement();
        return read("a.agreementId = :agreement", Map.of("agreement", agreementId), from, max,
                Map.of(agreementId, agreement));
    }

    private List<ActivityView> read(String where, Map<String, Object> p, LocalDate from, int max,
                                    Map<Long, AgreementView> agreementsById) {
        TypedQuery<Activity> q = em.createQuery("select a from Activity a where " + where
                + " and a.dueDate is not null and a.dueDate >= :from and a.status not in :closed"
                + " order by a.dueDate, a.id", Activity.class);
        p.forEach(q::setParameter);
        List<Activity> found = q.setParameter("from", from).setParameter("closed", ActivityTableQuery.closed())
                .setMaxResults(Math.max(1, max)).getResultList();
        Map<Long, Set<Long>> participants = ActivityViews.participantsOf(em, found.stream().map(Activity::id).toList());
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(a -> ActivityViews.of(a, participants.getOrDefault(a.id(), Set.of()),
                agreementsById.get(a.agreementId()).updateIntervalDays(), today)).toList();
    }
}
