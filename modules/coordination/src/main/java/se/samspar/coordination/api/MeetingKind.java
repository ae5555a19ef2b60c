package se.samspar.coordination.api;

/** What kind of meeting: the steering group's, a working group's, or another. */
public enum MeetingKind {
    STEERING_GROUP, WORKING_GROUP, OTHER
}
