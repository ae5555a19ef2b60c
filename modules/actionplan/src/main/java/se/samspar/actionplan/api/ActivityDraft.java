package se.samspar.actionplan.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import se.samspar.platform.api.FreeText;

/**
 * What a coordinator enters for an activity. Parties are the agreement's party ids (not
 * organisation ids); exactly one leads, any number take part.
 */
public record ActivityDraft(
        @NotNull Long areaId,
        Long goalId,
        @NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{L}0-9._-]+") String reference,
        @NotBlank @Size(max = 200) @FreeText String title,
        @Size(max = 4000) @FreeText String description,
        @NotNull Long leadPartyId,
        Set<Long> participatingPartyIds,
        @Size(max = 200) @FreeText String contactPerson,
        @Size(max = 100) String reporterUser,
        LocalDate startDate,
        LocalDate dueDate,
        @Min(1) @Max(100) int weight) {

    public ActivityDraft {
        participatingPartyIds = participatingPartyIds == null ? Set.of() : Set.copyOf(participatingPartyIds);
    }
}
