package se.samspar.actionplan.internal;

import java.time.LocalDate;
import java.util.Set;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.domain.Activity;

/** The one way an activity becomes an {@link ActivityView}, with rules 1 and 2 applied for today. */
final class ActivityViews {
    private ActivityViews() {
    }

    static ActivityView of(Activity a, Set<Long> participants, int intervalDays, LocalDate today) {
        return new ActivityView(a.id(), a.agreementId(), a.areaId(), a.goalId(), a.reference(), a.title(),
                a.description(), a.leadPartyId(), participants, a.contactPerson(), a.reporterUser(), a.startDate(),
                a.dueDate(), a.status(), a.light(), a.progress(), a.weight(), a.order(), a.carriedOverFromId(),
                a.lastUpdateAt(), a.isOverdue(today), a.needsUpdate(intervalDays, today), a.version());
    }
}
