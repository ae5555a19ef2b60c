package se.samspar.actionplan.api;

/** A status update was appended to an activity's history. */
public record StatusReported(long agreementId, long activityId, long statusUpdateId, ActivityStatus status,
                             TrafficLight light, int progress, String reportedBy) {
}
