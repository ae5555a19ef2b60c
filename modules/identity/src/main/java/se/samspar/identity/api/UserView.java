package se.samspar.identity.api;

import java.time.LocalDateTime;
import java.util.Set;

public record UserView(long id, String username, String displayName, String email, long organisationId,
                       Set<String> roles, Set<Long> coordinatorOf, boolean active, LocalDateTime lockedUntil,
                       String language, long version) {
}
