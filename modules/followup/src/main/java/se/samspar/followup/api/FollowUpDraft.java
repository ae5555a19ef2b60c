package se.samspar.followup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samspar.platform.api.FreeText;

/**
 * What a coordinator enters to open a follow-up: its kind, title, the period it covers and, optionally, the
 * date the parties are asked to have reported by.
 */
public record FollowUpDraft(@NotNull FollowUpKind kind,
                            @NotBlank @Size(max = 200) @FreeText String title,
                            @NotNull LocalDate periodFrom,
                            @NotNull LocalDate periodTo,
                            LocalDate reportingDeadline) {
    public FollowUpDraft(FollowUpKind kind, String title, LocalDate periodFrom, LocalDate periodTo) {
        this(kind, title, periodFrom, periodTo, null);
    }
}
