package se.samspar.coordination.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samspar.platform.api.FreeText;

/**
 * A decision: what was decided, by which body, when, its paragraph (§) and diary number, and any reservation.
 * Taken at a meeting (the meeting's date when none is given) or elsewhere, when body and date are required.
 */
public record DecisionDraft(@NotBlank @Size(max = 4000) @FreeText String text,
                            @Size(max = 200) @FreeText String body,
                            LocalDate decidedOn,
                            @Size(max = 20) @FreeText String paragraph,
                            @Size(max = 60) @FreeText String diaryNumber,
                            @Size(max = 2000) @FreeText String reservation) {
}
