package se.samspar.coordination.api;

/** What links to activities: a decision or a meeting's action item. */
public enum Linked {
    DECISION, ACTION_ITEM
}
