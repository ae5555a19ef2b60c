package se.samspar.actionplan.api;

/** Planerad, Pågår, Genomförd, Framflyttad, Avbruten. */
public enum ActivityStatus {
    PLANNED, IN_PROGRESS, COMPLETED, POSTPONED, CANCELLED;

    /** Completed and cancelled activities are done with: never overdue, never in need of an update. */
    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
