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

    /** Appends a status update now; the activity's current state becomes this update's. */
    long report(long activityId, StatusReport report);

    /** Whether the one asking may report status on the activity (rule 5); false for an unknown activity. */
    boolean mayReport(long activityId);

    /** Appends a status update from an imported history, at the time it was made. */
    long importUpdate(long activityId, StatusReport report, LocalDateTime reportedAt);

    Optional<ActivityView> find(long activityId);

    List<ActivityView> activitiesOf(long agreementId);

    /** The status history, newest first. */
    List<StatusUpdateView> history(long activityId);

    AgreementProgress progress(long agreementId);
}
