package se.samspar.web.api.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.actionplan.api.TrafficLight;

/** One entry of an activity's status history. */
@Schema(name = "StatusUpdate")
public record StatusUpdateItem(long id, long activityId, ActivityStatus status, TrafficLight light, int progress,
                               String comment, BigDecimal hoursSpent, String reportedBy, Long reporterOrganisationId,
                               LocalDateTime reportedAt) {
    public static StatusUpdateItem of(StatusUpdateView u) {
        return new StatusUpdateItem(u.id(), u.activityId(), u.status(), u.light(), u.progress(), u.comment(),
                u.hoursSpent(), u.reportedBy(), u.reporterOrganisationId(), u.reportedAt());
    }
}
