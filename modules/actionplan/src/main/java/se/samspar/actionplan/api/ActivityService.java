package se.samspar.actionplan.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Activities of an agreement and their status reports. Changes validate first (refusing with
 * {@code InvalidInput}, writing nothing), refuse stale versions with {@code StaleEdit}, and fire
 * {@link ActivityChanged} or {@link StatusReported}.
 */
public interface ActivityService {
    long create(long agreementId, ActivityDraft draft);

    void update(long activityId, long expectedVersion, ActivityDraft draft);

    /**
     * Deletes an activity nobody has reported on yet. One with a status history is refused
     * ({@code InvalidInput} on "activity"): it is cancelled instead, so its history is kept.
     */
    void delete(long activityId, long expectedVersion);

    /** Cancels an activity: a status update to Cancelled, keeping its light and progress. */
    long cancel(long activityId, long expectedVersion, String reason);

    /**
     * Moves an activity one place up ({@code -1}) or down ({@code 1}) among its priority area's
     * activities; at either end nothing moves.
     */
    void move(long activityId, long expectedVersion, int direction);

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

    Optional<ActivityView> find(long activityId);

    List<ActivityView> activitiesOf(long agreementId);

    /** The status history, newest first. */
    List<StatusUpdateView> history(long activityId);

    /** Every status update of an agreement's activities made in a period (dates inclusive), in one query. */
    List<StatusUpdateView> updatesOf(long agreementId, java.time.LocalDate from, java.time.LocalDate to);

    AgreementProgress progress(long agreementId);

    /**
     * Across the caller's agreements: the activities the caller may report on that need an update
     * or are overdue, soonest due first.
     */
    List<ActivityView> needingMyUpdate(int max);

    /** Every activity the caller's organisation leads or takes part in, across its agreements. */
    List<ActivityView> ofMyOrganisation();

    /** The latest status updates in the caller's agreements, newest first. */
    List<RecentUpdate> latestUpdates(int max);
}
