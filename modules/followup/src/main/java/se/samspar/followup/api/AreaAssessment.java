package se.samspar.followup.api;

import jakarta.validation.constraints.Size;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.platform.api.FreeText;

/**
 * The coordinator's assessment of one priority area in a follow-up: text, a traffic light and, optionally, which of
 * Brå's kinds of follow-up it is (production, process or effect).
 */
public record AreaAssessment(long areaId, @Size(max = 4000) @FreeText String text, TrafficLight light,
                             ResultKind kind) {
    public AreaAssessment(long areaId, String text, TrafficLight light) {
        this(areaId, text, light, null);
    }
}
