package se.samspar.platform.api;

/** What happened to a record, as events report it. */
public enum Change {
    CREATED, UPDATED, DELETED
}
