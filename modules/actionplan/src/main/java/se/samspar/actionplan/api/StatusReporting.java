package se.samspar.actionplan.api;

/**
 * A status report as the reporter sends it from a page. A report appends to the history and depends on no
 * version the reporter saw, so one that collides with other reports on the same activity is sent again
 * rather than refused at once.
 */
public interface StatusReporting {

    /**
     * Appends the report as {@link StatusUpdates#report} does, each attempt in a transaction of its own, so
     * it must be called outside a transaction. A collision with concurrent reports — an optimistic-lock
     * failure, in the service or at commit, or the database rolling the transaction back over locks (SQL
     * state class 40: a lock wait timeout or a deadlock) — leaves nothing written, and the report is sent
     * again after a short pause, up to four times. After the fifth collision in a row it is refused with
     * {@link se.samspar.platform.api.StaleEdit} (rule 10) and nothing was saved. Any other refusal
     * ({@code InvalidInput}, {@code AccessDenied}, {@code NotFound}) is thrown at once.
     *
     * @return the id of the appended status update
     */
    long report(long activityId, StatusReport report);
}
