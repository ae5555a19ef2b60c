package se.samspar.actionplan.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;

public record StatusUpdateView(long id, long activityId, ActivityStatus status, TrafficLight light, int progress,
                               String comment, BigDecimal hoursSpent, String reportedBy, Long reporterOrganisationId,
                               LocalDateTime reportedAt) {
}
