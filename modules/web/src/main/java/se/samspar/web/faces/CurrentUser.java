package se.samspar.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Roles;

/** The signed-in user, for the pages (#{currentUser…}); rights are decided by the services. */
@Named
@RequestScoped
public class CurrentUser {
    @Inject
    CallerContext callers;
    private Caller caller;

    public Caller getCaller() {
        if (caller == null) {
            caller = callers.current();
        }
        return caller;
    }

    public boolean isSignedIn() {
        return getCaller().username() != null;
    }

    public String getDisplayName() {
        return getCaller().displayName();
    }

    public boolean isAdministrator() {
        return getCaller().isAdministrator();
    }

    public boolean isCoordinator() {
        return getCaller().hasRole(Roles.COORDINATOR);
    }

    /** Coordinates at least one agreement (and so reads its audit trail). */
    public boolean isCoordinatorOfAny() {
        return isCoordinator() && !getCaller().coordinatorOf().isEmpty();
    }

    /** Reads and changes nothing (the board, styrgrupp): the start page leads to follow-ups and dashboards. */
    public boolean isBoardMemberOnly() {
        Caller c = getCaller();
        return c.hasRole(Roles.BOARD_MEMBER) && !c.hasRole(Roles.PARTNER) && !c.hasRole(Roles.COORDINATOR)
                && !c.isAdministrator();
    }

    public boolean coordinates(long agreementId) {
        return getCaller().coordinates(agreementId);
    }
}
