package se.samspar.coordination.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samspar.platform.api.FreeText;

/** An action item of a meeting: what is to be done, by which of the agreement's parties, by when. */
public record ActionItemDraft(@NotBlank @Size(max = 1000) @FreeText String text, Long responsiblePartyId,
                              LocalDate dueDate) {
}
