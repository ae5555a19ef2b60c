package se.samspar.followup.api;

import jakarta.validation.constraints.Size;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.platform.api.FreeText;

/** The coordinator's assessment of one priority area in a follow-up: text and a traffic light. */
public record AreaAssessment(long areaId, @Size(max = 4000) @FreeText String text, TrafficLight light) {
}
