package se.samspar.actionplan.api;

/**
 * What a coordinator does with an agreement's activities. Changes validate first (refusing with
 * {@code InvalidInput}, writing nothing), refuse stale versions with {@code StaleEdit}, and fire
 * {@link ActivityChanged} (a cancellation, being a status update, fires {@link StatusReported}).
 */
public interface ActivityEditing {
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
}
