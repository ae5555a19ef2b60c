package se.samspar.actionplan.api;

import java.time.LocalDateTime;

/**
 * Status updates appended to an activity's history, each call in one transaction (pages send theirs through
 * {@link StatusReporting}, which sends a colliding one again). A report validates first (refusing with
 * {@code InvalidInput}, writing nothing) and fires {@link StatusReported}.
 */
public interface StatusUpdates {

    /**
     * Appends a status update now; the activity's current state becomes this update's. The
     * reporter is the caller, whatever the report names.
     */
    long report(long activityId, StatusReport report);

    /**
     * Rule 5: may the caller report status on this activity? False for an unknown activity; the
     * report itself checks again.
     */
    boolean mayReport(long activityId);

    /** Appends a status update from an imported history, at the time it was made. */
    long importUpdate(long activityId, StatusReport report, LocalDateTime reportedAt);
}
