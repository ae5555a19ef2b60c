package se.samspar.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import se.samspar.platform.api.FreeText;

/** What an administrator may change of an account (not its username or password). */
public record UserDetails(
        @NotBlank @Size(max = 200) @FreeText String displayName,
        @Size(max = 200) @Email String email,
        @NotNull Long organisationId,
        @NotNull Set<String> roles,
        Set<Long> coordinatorOf) {
}
