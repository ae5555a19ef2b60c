package se.samspar.actionplan.api;

import java.util.Optional;

/**
 * The plan as signed (rule 13): frozen once when an agreement becomes ACTIVE, never changed after, and compared
 * with today's plan. Reads need the agreement's visibility ({@code AccessDenied} otherwise). Empty where no
 * baseline was recorded: an agreement still in draft, or one activated before baselines existed.
 */
public interface PlanBaselines {
    Optional<Plan> baseline(long agreementId);

    Optional<PlanComparison> compare(long agreementId);
}
