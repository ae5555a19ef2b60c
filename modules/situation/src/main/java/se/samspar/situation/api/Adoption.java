package se.samspar.situation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samspar.platform.api.FreeText;

/** The decision adopting a version of a situation picture: body, date, paragraph (§) and diary number. */
public record Adoption(@NotBlank @Size(max = 200) @FreeText String body,
                       @NotNull LocalDate date,
                       @Size(max = 20) @FreeText String paragraph,
                       @NotBlank @Size(max = 40) @FreeText String diaryNumber) {
}
