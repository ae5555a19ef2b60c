package se.samspar.actionplan.domain;

import java.util.Collection;
import java.util.OptionalDouble;
import se.samspar.actionplan.api.ActivityStatus;

/**
 * Rule 4: the progress of a goal, an area, a party or an agreement is the weighted mean of its
 * activities' progress. Cancelled activities are left out; an empty set has no progress.
 */
public final class ProgressRollup {
    private ProgressRollup() {
    }

    /** One activity's part in a roll-up. */
    public record Contribution(ActivityStatus status, int progress, int weight) {
    }

    public static OptionalDouble weightedMean(Collection<Contribution> contributions) {
        long weights = 0;
        long weighted = 0;
        for (Contribution c : contributions) {
            if (c.status() == ActivityStatus.CANCELLED) {
                continue;
            }
            weights += c.weight();
            weighted += (long) c.weight() * c.progress();
        }
        return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) weighted / weights);
    }

    /** How many activities count in the roll-up. */
    public static int counted(Collection<Contribution> contributions) {
        return (int) contributions.stream().filter(c -> c.status() != ActivityStatus.CANCELLED).count();
    }
}
