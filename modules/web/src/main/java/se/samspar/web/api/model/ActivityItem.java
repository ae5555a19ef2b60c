package se.samspar.web.api.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.TrafficLight;

/** An activity with its current state; {@code version} is also its ETag, for If-Match on a status report. */
@Schema(name = "Activity")
public record ActivityItem(
        @Schema(example = "17") long id, long agreementId, long areaId, Long goalId,
        @Schema(example = "VINR-1") String reference,
        @Schema(example = "Trygghetsvandringar i centrum") String title,
        String description, long leadPartyId, Set<Long> participatingPartyIds, String contactPerson,
        @Schema(example = "2023-02-01") LocalDate startDate,
        @Schema(example = "2024-11-30") LocalDate dueDate,
        ActivityStatus status, TrafficLight light,
        @Schema(example = "40") int progress,
        LocalDateTime lastUpdateAt,
        @Schema(description = "rule 1: past its due date and not closed") boolean overdue,
        @Schema(description = "rule 2: no status report within the agreement's update interval") boolean needsUpdate,
        @Schema(example = "5") long version) {

    public static ActivityItem of(ActivityView a) {
        return new ActivityItem(a.id(), a.agreementId(), a.areaId(), a.goalId(), a.reference(), a.title(),
                a.description(), a.leadPartyId(), a.participatingPartyIds(), a.contactPerson(), a.startDate(),
                a.dueDate(), a.status(), a.light(), a.progress(), a.lastUpdateAt(), a.overdue(), a.needsUpdate(),
                a.version());
    }
}
