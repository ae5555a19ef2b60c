package se.samspar.actionplan.api;

import java.time.LocalDateTime;
import java.util.List;

/** Today's plan against the baseline frozen at activation (rule 13): when each was taken and what differs. */
public record PlanComparison(long agreementId, LocalDateTime baselineTakenAt, LocalDateTime comparedAt,
                             int baselineActivities, int currentActivities, List<PlanChange> changes) {
    public PlanComparison {
        changes = List.copyOf(changes);
    }

    public boolean unchanged() {
        return changes.isEmpty();
    }
}
