package se.samspar.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samspar.platform.api.FreeText;

/** The next period of an agreement being renewed (rule 7): its title and dates. */
public record RenewalDraft(@NotBlank @Size(max = 200) @FreeText String title,
                           @NotNull LocalDate validFrom,
                           @NotNull LocalDate validTo) {
}
