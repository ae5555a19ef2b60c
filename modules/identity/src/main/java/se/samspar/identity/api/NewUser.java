package se.samspar.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import se.samspar.platform.api.FreeText;

/** A new account as an administrator enters it. */
public record NewUser(
        @NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{samspar.username.format}") String username,
        @NotBlank @Size(max = 200) @FreeText String displayName,
        @Size(max = 200) @Email String email,
        @NotNull Long organisationId,
        @NotNull Set<String> roles,
        Set<Long> coordinatorOf,
        @NotNull String password) {
}
