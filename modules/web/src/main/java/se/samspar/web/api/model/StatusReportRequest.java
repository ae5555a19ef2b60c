package se.samspar.web.api.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.TrafficLight;

/**
 * A status report as a client sends it; the reporter is the token's owner. The same rules apply as on the activity
 * page: rule 3 (progress 0–100, completed means 100), rule 5 (who may report), rule 9 (a comment for yellow, red
 * and postponed) and rule 10 (collisions).
 */
@Schema(name = "StatusReportRequest", requiredProperties = {"status", "light", "progress"})
public record StatusReportRequest(
        ActivityStatus status,
        TrafficLight light,
        Integer progress,
        String comment,
        BigDecimal hoursSpent) {
}
