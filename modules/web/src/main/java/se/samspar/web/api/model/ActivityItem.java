package se.samspar.web.api.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.TrafficLight;

/** An activity with its current state; {@code version} is also its ETag, for If-Match on a status report. */
// Examples at the class: Payara's scanner fails on @Schema at record components (they reach the accessors too).
@Schema(name = "Activity", example = "{\"id\": 17, \"agreementId\": 1, \"areaId\": 2, \"goalId\": 5, "
        + "\"reference\": \"VINR-1\", \"title\": \"Trygghetsvandringar i centrum\", \"leadPartyId\": 3, "
        + "\"participatingPartyIds\": [4], \"startDate\": \"2023-02-01\", \"dueDate\": \"2024-11-30\", "
        + "\"status\": \"IN_PROGRESS\", \"light\": \"GREEN\", \"progress\": 40, "
        + "\"lastUpdateAt\": \"2024-10-02T09:15:00\", \"overdue\": false, \"needsUpdate\": false, \"version\": 5}")
public record ActivityItem(
        long id, long agreementId, long areaId, Long goalId, String reference, String title, String description,
        long leadPartyId, Set<Long> participatingPartyIds, String contactPerson, LocalDate startDate,
        LocalDate dueDate, ActivityStatus status, TrafficLight light, int progress, LocalDateTime lastUpdateAt,
        boolean overdue, boolean needsUpdate, long version) {

    public static ActivityItem of(ActivityView a) {
        return new ActivityItem(a.id(), a.agreementId(), a.areaId(), a.goalId(), a.reference(), a.title(),
                a.description(), a.leadPartyId(), a.participatingPartyIds(), a.contactPerson(), a.startDate(),
                a.dueDate(), a.status(), a.light(), a.progress(), a.lastUpdateAt(), a.overdue(), a.needsUpdate(),
                a.version());
    }
}
