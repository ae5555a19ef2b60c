package se.samspar.actionplan.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.Plan;
import se.samspar.actionplan.domain.Baseline;
import se.samspar.actionplan.domain.PlanCapture;
import se.samspar.agreement.api.AgreementActivated;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.platform.api.CallerContext;

/**
 * Rule 13: when an agreement becomes ACTIVE, its plan is frozen as the baseline, in the status change's
 * transaction (the demo data's import included, whose status change comes after its activities). An agreement
 * has one baseline: a second activation, should one ever happen, keeps the first.
 */
@ApplicationScoped
@Transactional
public class BaselineFreezing {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    PlanJson json;
    @Inject
    Clock clock;
    @Inject
    CallerContext callers;

    void onActivated(@Observes AgreementActivated e) {
        if (em.find(Baseline.class, e.agreementId()) != null) {
            return;
        }
        AgreementStructure structure = agreements.structure(e.agreementId()).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        Plan plan = PlanCapture.of(structure, activities.activitiesOf(e.agreementId()), now);
        em.persist(new Baseline(e.agreementId(), json.write(plan), now, callers.current().username()));
        em.flush();
    }
}
