package se.samspar.platform.api;

import java.util.Set;

/**
 * Who is asking: the signed-in user with their organisation, roles and the agreements they
 * coordinate — or the system itself (startup work such as the demo import), or nobody. Services
 * decide every right from this, never from what a page chose to show.
 */
public record Caller(String username, String displayName, Long organisationId, Set<String> roles,
                     Set<Long> coordinatorOf, boolean system) {

    public static final Caller ANONYMOUS = new Caller(null, null, null, Set.of(), Set.of(), false);
    public static final Caller SYSTEM = new Caller("system", "Samspår", null, Set.of(), Set.of(), true);

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        coordinatorOf = coordinatorOf == null ? Set.of() : Set.copyOf(coordinatorOf);
    }

    public boolean isAuthenticated() {
        return system || username != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdministrator() {
        return hasRole(Roles.ADMINISTRATOR);
    }

    /**
     * Coordinator rights are per agreement, and need the coordinator role too — or the administrator role: an
     * administrator who created an agreement coordinates it (and one an administrator named coordinator of it).
     */
    public boolean coordinates(long agreementId) {
        return system || ((hasRole(Roles.COORDINATOR) || isAdministrator()) && coordinatorOf.contains(agreementId));
    }

    public boolean belongsTo(Long organisationId) {
        return this.organisationId != null && this.organisationId.equals(organisationId);
    }
}
