package se.samspar.identity.api;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * An account as administrators see it. {@code lockedUntil}: sign-ins with its username wait until then
 * after failed attempts (null: no wait); {@code failedSignIns}: failed attempts counted since the last
 * successful sign-in (or since they were forgotten).
 */
public record UserView(long id, String username, String displayName, String email, long organisationId,
                       Set<String> roles, Set<Long> coordinatorOf, boolean active, LocalDateTime lockedUntil,
                       String language, long version, int failedSignIns, boolean mustChangePassword) {
}
