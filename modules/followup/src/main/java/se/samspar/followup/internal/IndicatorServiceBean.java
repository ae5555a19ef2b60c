package se.samspar.followup.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalView;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.IndicatorChanged;
import se.samspar.followup.api.IndicatorDraft;
import se.samspar.followup.api.IndicatorView;
import se.samspar.followup.api.Indicators;
import se.samspar.followup.api.MeasurementDraft;
import se.samspar.followup.domain.Indicator;
import se.samspar.followup.domain.IndicatorRatings;
import se.samspar.followup.domain.Measurement;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.StaleEdit;

@ModuleService
public class IndicatorServiceBean implements Indicators {
    private static final String ENTITY = "Indicator";

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    AgreementQueries agreements;
    @Inject
    CallerContext callers;
    @Inject
    Event<IndicatorChanged> changed;

    @Override
    public long define(long agreementId, IndicatorDraft draft) {
        AgreementStructure s = requireCoordinator(agreementId);
        validator.check(draft);
        Indicator i = new Indicator(agreementId);
        i.define(draft, areaOf(s, draft.goalId()));
        em.persist(i);
        em.flush();
        changed.fire(new IndicatorChanged(agreementId, i.id(), Change.CREATED, i.name()));
        return i.id();
    }

    @Override
    public void update(long indicatorId, long expectedVersion, IndicatorDraft draft) {
        Indicator i = load(indicatorId);
        AgreementStructure s = requireCoordinator(i.agreementId());
        validator.check(draft);
        StaleEdit.check(ENTITY, indicatorId, i.version(), expectedVersion);
        i.define(draft, areaOf(s, draft.goalId()));
        StaleEdit.flush(em, ENTITY, indicatorId);
        changed.fire(new IndicatorChanged(i.agreementId(), indicatorId, Change.UPDATED, i.name()));
    }

    @Override
    public long measure(long indicatorId, MeasurementDraft m) {
        Indicator i = load(indicatorId);
        requireCoordinator(i.agreementId());
        validator.check(m);
        List<Measurement> existing = em.createQuery("select m from Measurement m where m.indicatorId = :i"
                        + " and m.period = :p", Measurement.class)
                .setParameter("i", indicatorId).setParameter("p", m.period()).getResultList();
        Measurement row = existing.isEmpty() ? new Measurement(indicatorId, m.period()) : existing.get(0);
        row.record(m.value(), m.comment());
        if (existing.isEmpty()) {
            em.persist(row);
        }
        em.flush();
        changed.fire(new IndicatorChanged(i.agreementId(), indicatorId, existing.isEmpty() ? Change.CREATED
                : Change.UPDATED, i.name() + " " + m.period() + " = " + m.value().toPlainString()));
        return row.id();
    }

    /** Two queries for any number of indicators: the indicators, then all their measurements. */
    @Override
    public List<IndicatorView> ofAgreement(long agreementId) {
        agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId));
        List<Indicator> list = em.createQuery("select i from Indicator i where i.agreementId = :a"
                + " order by i.areaId, i.goalId, i.id", Indicator.class).setParameter("a", agreementId).getResultList();
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FollowUpReport.Measurement>> measured = new HashMap<>();
        em.createQuery("select m from Measurement m where m.indicatorId in :ids order by m.period", Measurement.class)
                .setParameter("ids", list.stream().map(Indicator::id).toList()).getResultList()
                .forEach(m -> measured.computeIfAbsent(m.indicatorId(), k -> new ArrayList<>())
                        .add(new FollowUpReport.Measurement(m.period(), m.value(), m.comment())));
        return list.stream().map(i -> {
            List<FollowUpReport.Measurement> ms = measured.getOrDefault(i.id(), List.of());
            FollowUpReport.Measurement latest = ms.isEmpty() ? null : ms.get(ms.size() - 1);
            return new IndicatorView(i.id(), i.agreementId(), i.areaId(), i.goalId(), i.name(), i.unit(),
                    i.direction(), i.baseline(), i.baselineYear(), i.target(), i.targetYear(), i.tolerance(),
                    i.source(), ms, IndicatorRatings.rate(i.direction(), i.target(), i.tolerance(),
                    latest == null ? null : latest.value()), i.version(), i.kind());
        }).toList();
    }

    @Override
    public boolean mayEdit(long agreementId) {
        return callers.current().coordinates(agreementId)
                && agreements.structure(agreementId).map(s -> !s.agreement().closed()).orElse(false);
    }

    private AgreementStructure requireCoordinator(long agreementId) {
        AgreementStructure s = agreements.structure(agreementId)
                .orElseThrow(() -> new NotFound("Agreement", agreementId));
        AccessDenied.unless(callers.current().coordinates(agreementId), "define indicators");
        s.agreement().requireOpen();
        return s;
    }

    /** The goal must be the agreement's own; an id from elsewhere is refused at the field. */
    private static long areaOf(AgreementStructure s, Long goalId) {
        return s.goal(goalId == null ? -1 : goalId).map(GoalView::areaId)
                .orElseThrow(() -> InvalidInput.of("goalId", "samspar.unknown"));
    }

    private Indicator load(long id) {
        Indicator i = em.find(Indicator.class, id);
        if (i == null) {
            throw new NotFound(ENTITY, id);
        }
        return i;
    }
}
