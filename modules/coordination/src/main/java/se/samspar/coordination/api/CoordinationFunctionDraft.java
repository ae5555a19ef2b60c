package se.samspar.coordination.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samspar.platform.api.FreeText;

/**
 * The agreement's coordination function: who (a name and a role title), which of the agreement's parties it sits
 * with (a party id), and how to reach it.
 */
public record CoordinationFunctionDraft(@NotBlank @Size(max = 200) @FreeText String name,
                                        @Size(max = 200) @FreeText String roleTitle,
                                        @NotNull Long partyId,
                                        @Size(max = 200) @Email String email,
                                        @Size(max = 40) @Pattern(regexp = "[0-9 +()-]*") String phone) {
}
