package se.samspar.actionplan.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/** An activity as pages show it, with its current state and the deadline rules applied for today. */
public record ActivityView(long id, long agreementId, long areaId, Long goalId, String reference, String title,
                           String description, long leadPartyId, Set<Long> participatingPartyIds,
                           String contactPerson, String reporterUser, LocalDate startDate, LocalDate dueDate,
                           ActivityStatus status, TrafficLight light, int progress, int weight, int order,
                           Long carriedOverFromId, LocalDateTime lastUpdateAt, boolean overdue, boolean needsUpdate,
                           long version) {
    public ActivityView {
        participatingPartyIds = Set.copyOf(participatingPartyIds);
    }
}
