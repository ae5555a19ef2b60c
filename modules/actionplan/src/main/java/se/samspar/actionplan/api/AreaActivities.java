package se.samspar.actionplan.api;

import java.util.List;
import java.util.Map;

/**
 * The first activities of each priority area of an agreement, in the action plan's order, and how many each area has:
 * what the agreement's overview shows, the same size for an agreement of 30 activities as for one of 1,000 (the rest
 * is one link away, in the paged activity table). Visibility as {@link ActivityQueries}.
 */
public interface AreaActivities {

    /** The activities shown of each area and each area's number of activities, both keyed by the area's id. */
    record Excerpt(Map<Long, List<ActivityView>> shown, Map<Long, Long> counts) {
        public Excerpt {
            shown = Map.copyOf(shown);
            counts = Map.copyOf(counts);
        }

        public List<ActivityView> shownOf(long areaId) {
            return shown.getOrDefault(areaId, List.of());
        }

        public long countOf(long areaId) {
            return counts.getOrDefault(areaId, 0L);
        }

        /** Does the area have more activities than are shown? */
        public boolean hasMore(long areaId) {
            return countOf(areaId) > shownOf(areaId).size();
        }
    }

    /** At most {@code perArea} activities of each area; a fixed number of statements whatever the agreement's size. */
    Excerpt firstOf(long agreementId, int perArea);
}
