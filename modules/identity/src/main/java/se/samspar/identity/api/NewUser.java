package se.samspar.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import se.samspar.platform.api.FreeText;

/**
 * A new account as an administrator enters it. Its user must change the password at the first sign-in;
 * only the system (the demo users) may create an account without that demand.
 */
public record NewUser(
        @NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{samspar.username.format}") String username,
        @NotBlank @Size(max = 200) @FreeText String displayName,
        @Size(max = 200) @Email String email,
        @NotNull Long organisationId,
        @NotNull Set<String> roles,
        Set<Long> coordinatorOf,
        @NotNull String password,
        boolean mustChangePassword) {

    /** An account whose user must change the password at the first sign-in. */
    public NewUser(String username, String displayName, String email, Long organisationId, Set<String> roles,
                   Set<Long> coordinatorOf, String password) {
        this(username, displayName, email, organisationId, roles, coordinatorOf, password, true);
    }
}
