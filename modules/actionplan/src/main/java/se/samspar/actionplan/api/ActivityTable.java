package se.samspar.actionplan.api;

import java.util.List;

/**
 * An agreement's activities as a table that filters, sorts and pages in the database: a fixed
 * number of statements per call, however many activities there are. An unknown agreement is
 * refused with {@code NotFound}.
 */
public interface ActivityTable {
    /** The most rows one page holds; a larger limit is cut to this. */
    int MAX_LIMIT = 500;

    /** How many activities the filter lets through. */
    long count(ActivityFilter filter);

    /**
     * One page of the filtered activities, ordered by {@code sort} (reference when null) and then
     * by id, so that pages neither overlap nor leave gaps.
     */
    List<ActivityView> page(ActivityFilter filter, int offset, int limit, ActivitySort sort, boolean ascending);
}
