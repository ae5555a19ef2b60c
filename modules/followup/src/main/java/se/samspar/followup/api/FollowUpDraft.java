package se.samspar.followup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samspar.platform.api.FreeText;

/** What a coordinator enters to open a follow-up: its kind, title and the period it covers. */
public record FollowUpDraft(@NotNull FollowUpKind kind,
                            @NotBlank @Size(max = 200) @FreeText String title,
                            @NotNull LocalDate periodFrom,
                            @NotNull LocalDate periodTo) {
}
