package se.samspar.situation.api;

import java.util.List;

/** A problem as pages show it, with its sources, indicators and the activities addressing it (measures). */
public record ProblemView(long id, long pictureId, String title, String description, ProblemCategory category,
                          String place, String timePattern, String groupsAffected, List<SourceKind> sources,
                          String sourceNote, String causes, List<Long> indicatorIds, List<Long> activityIds,
                          long version) {
    public ProblemView {
        sources = List.copyOf(sources);
        indicatorIds = List.copyOf(indicatorIds);
        activityIds = List.copyOf(activityIds);
    }
}
