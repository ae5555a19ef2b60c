package se.samspar.actionplan.api;

import java.util.OptionalDouble;

/**
 * A rolled-up progress: the weighted mean in percent over {@code activities} activities, or none
 * when there is nothing to roll up (shown as "–", never 0 %).
 */
public record Progress(Double percent, int activities) {
    public static final Progress NONE = new Progress(null, 0);

    public static Progress of(OptionalDouble mean, int activities) {
        return mean.isPresent() ? new Progress(mean.getAsDouble(), activities) : new Progress(null, activities);
    }

    public boolean isPresent() {
        return percent != null;
    }

    /** Whole percent, rounded half up; null when there is none. */
    public Integer rounded() {
        return percent == null ? null : (int) Math.round(percent);
    }
}
