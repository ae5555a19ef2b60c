package se.samspar.actionplan.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.Plan;
import se.samspar.actionplan.api.PlanBaselines;
import se.samspar.actionplan.api.PlanComparison;
import se.samspar.actionplan.domain.Baseline;
import se.samspar.actionplan.domain.BaselineComparison;
import se.samspar.actionplan.domain.PlanCapture;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.platform.api.ModuleService;

/** {@link PlanBaselines}: the stored baseline, and today's plan compared with it; visibility by the structure read. */
@ModuleService
public class PlanBaselinesBean implements PlanBaselines {

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

    @Override
    public Optional<Plan> baseline(long agreementId) {
        if (agreements.structure(agreementId).isEmpty()) {
            return Optional.empty();
        }
        return stored(agreementId);
    }

    @Override
    public Optional<PlanComparison> compare(long agreementId) {
        Optional<AgreementStructure> structure = agreements.structure(agreementId);
        if (structure.isEmpty()) {
            return Optional.empty();
        }
        return stored(agreementId).map(baseline -> BaselineComparison.compare(baseline,
                PlanCapture.of(structure.get(), activities.activitiesOf(agreementId), LocalDateTime.now(clock))));
    }

    private Optional<Plan> stored(long agreementId) {
        return Optional.ofNullable(em.find(Baseline.class, agreementId)).map(b -> json.read(b.content()));
    }
}
