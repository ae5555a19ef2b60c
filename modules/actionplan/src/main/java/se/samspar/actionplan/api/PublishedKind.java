package se.samspar.actionplan.api;

/** What of an agreement can be published on its public page: a priority area or an activity. */
public enum PublishedKind {
    AREA,
    ACTIVITY
}
