package se.samspar.followup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samspar.platform.api.FreeText;

/**
 * The decision that adopts a follow-up: the deciding body, the date, the paragraph (§) of the
 * minutes and the diary number, e.g. "Socialnämnden, 2025-02-18, § 12, SN-2025/123".
 */
public record Decision(@NotBlank @Size(max = 200) @FreeText String body,
                       @NotNull LocalDate date,
                       @Size(max = 20) @FreeText String paragraph,
                       @NotBlank @Size(max = 40) @FreeText String diaryNumber) {
}
