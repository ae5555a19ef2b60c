package se.samspar.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samspar.platform.api.FreeText;

/** A goal of a priority area; with a parent goal it is a sub-goal (delmål). */
public record GoalDraft(
        Long parentGoalId,
        @NotBlank @Size(max = 200) @FreeText String title,
        @Size(max = 4000) @FreeText String description) {
}
