package se.samspar.actionplan.domain;

import se.samspar.platform.api.Caller;
import se.samspar.platform.api.Roles;

/**
 * Rule 5 of the product: who may report status on an activity. The agreement's coordinators; a
 * user of the lead party's organisation when the agreement lets parties report their own
 * activities; the activity's named reporter. Nobody else — board members and administrators
 * included, whatever the request says.
 */
public final class ReportingRights {
    private ReportingRights() {
    }

    public static boolean mayReport(Caller caller, long agreementId, boolean partiesReportOwnActivities,
                                    long leadOrganisationId, String namedReporter) {
        if (caller.system() || caller.coordinates(agreementId)) {
            return true;
        }
        if (caller.username() == null || caller.hasRole(Roles.BOARD_MEMBER) && !caller.hasRole(Roles.PARTNER)
                && !caller.hasRole(Roles.COORDINATOR)) {
            return false;
        }
        if (namedReporter != null && namedReporter.equalsIgnoreCase(caller.username())) {
            return true;
        }
        boolean reportsForOrganisation = caller.hasRole(Roles.PARTNER) || caller.hasRole(Roles.COORDINATOR);
        return partiesReportOwnActivities && reportsForOrganisation && caller.belongsTo(leadOrganisationId);
    }

    /** Who may create and edit activities: the agreement's coordinators. */
    public static boolean mayEdit(Caller caller, long agreementId) {
        return caller.coordinates(agreementId);
    }
}
