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

    /**
     * How many of the filtered activities come before this one in the action plan's order ({@link ActivitySort#PLAN}):
     * the row it stands on, whichever page that is. One count; an activity of another agreement is {@code NotFound}.
     */
    long placeInPlan(ActivityFilter filter, long activityId);

    /**
     * Each priority area's first and last place ({@link ActivityView#order()}) in the agreement's action plan, by the
     * area's id: what a table in plan order needs to offer "move up" and "move down" on a page of it. One aggregate.
     */
    java.util.Map<Long, AreaPlaces> placesByArea(long agreementId);

    /** The first and last place of one area's activities in the action plan. */
    record AreaPlaces(int first, int last) implements java.io.Serializable {
    }
}
