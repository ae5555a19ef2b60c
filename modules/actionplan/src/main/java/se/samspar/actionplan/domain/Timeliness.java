package se.samspar.actionplan.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import se.samspar.actionplan.api.ActivityStatus;

/** Rules 1 and 2 of the product: when an activity is overdue and when it needs an update. */
public final class Timeliness {
    private Timeliness() {
    }

    /** Rule 1: due before today and neither completed nor cancelled. */
    public static boolean isOverdue(ActivityStatus status, LocalDate dueDate, LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && !status.isClosed();
    }

    /**
     * Rule 2: open, and no status update within the agreement's interval. An activity never
     * reported on counts from its start date or its creation, whichever is later, so a planned
     * activity that has not started yet is not nagged about. Being overdue (rule 1) is a signal of
     * its own, not a reason: a report clears "needs update" whatever the due date.
     */
    public static boolean needsUpdate(ActivityStatus status, LocalDate dueDate, LocalDate startDate, LocalDate createdOn,
                                      LocalDateTime lastUpdateAt, int intervalDays, LocalDate today) {
        if (status.isClosed()) {
            return false;
        }
        LocalDate since;
        if (lastUpdateAt != null) {
            since = lastUpdateAt.toLocalDate();
        } else {
            since = startDate != null && startDate.isAfter(createdOn) ? startDate : createdOn;
        }
        return since.plusDays(intervalDays).isBefore(today);
    }
}
