package se.samspar.agreement.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samspar.platform.api.FreeText;

/** An organisation joining an agreement, with who signed for it and who to contact. */
public record PartyDraft(
        @NotNull Long organisationId,
        @Size(max = 200) @FreeText String signatoryName,
        @Size(max = 200) @FreeText String signatoryTitle,
        LocalDate signedOn,
        @Size(max = 200) @FreeText String contactPerson) {
}
