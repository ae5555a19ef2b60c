package se.samspar.coordination.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import se.samspar.platform.api.FreeText;

/** A meeting: its kind, title, date, the agreement's parties taking part (party ids), agenda and minutes. */
public record MeetingDraft(@NotNull MeetingKind kind,
                           @NotBlank @Size(max = 200) @FreeText String title,
                           @NotNull LocalDate heldOn,
                           Set<Long> partyIds,
                           @Size(max = 4000) @FreeText String agenda,
                           @Size(max = 20000) @FreeText String minutes) {
    public MeetingDraft {
        partyIds = partyIds == null ? Set.of() : Set.copyOf(partyIds);
    }
}
