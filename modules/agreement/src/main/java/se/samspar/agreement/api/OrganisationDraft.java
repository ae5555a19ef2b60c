package se.samspar.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samspar.platform.api.FreeText;

/** What a user enters for an organisation. */
public record OrganisationDraft(
        @NotBlank @Size(max = 200) @FreeText String name,
        @Size(max = 50) @FreeText String shortName,
        @NotNull OrganisationType type,
        @Pattern(regexp = "\\d{6}-\\d{4}", message = "{samspar.organisationNumber.format}") String organisationNumber) {
}
