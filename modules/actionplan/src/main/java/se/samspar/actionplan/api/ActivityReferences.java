package se.samspar.actionplan.api;

import java.util.Collection;
import java.util.Map;

/**
 * Activities' references ("TRYG-3") by id, for pages that name activities recorded by id (the audit trail). Those who
 * read an agreement's trail may read them: administrators all, a coordinator those of the agreements they coordinate.
 */
public interface ActivityReferences {
    /** Id → reference, in one query, for the ids the caller may read (others, and deleted activities, left out). */
    Map<Long, String> of(Collection<Long> activityIds);
}
