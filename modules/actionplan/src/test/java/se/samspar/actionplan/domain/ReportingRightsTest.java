package se.samspar.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.Roles;

class ReportingRightsTest {
    private static final long AGREEMENT = 7;
    private static final long POLICE = 2;
    private static final long MUNICIPALITY = 1;

    private static Caller user(String name, long organisation, Set<String> roles, Set<Long> coordinatorOf) {
        return new Caller(name, name, organisation, roles, coordinatorOf, false);
    }

    @Test
    void theAgreementsCoordinatorMayReportOnAnyActivity() {
        Caller coordinator = user("anna", MUNICIPALITY, Set.of(Roles.COORDINATOR), Set.of(AGREEMENT));
        assertTrue(ReportingRights.mayReport(coordinator, AGREEMENT, false, POLICE, null));
        assertTrue(ReportingRights.mayEdit(coordinator, AGREEMENT));
    }

    @Test
    void aCoordinatorOfAnotherAgreementIsNotThisOnesCoordinator() {
        Caller other = user("bo", MUNICIPALITY, Set.of(Roles.COORDINATOR), Set.of(99L));
        assertFalse(ReportingRights.mayReport(other, AGREEMENT, false, POLICE, null));
        assertFalse(ReportingRights.mayEdit(other, AGREEMENT));
    }

    @Test
    void coordinatorRightsNeedTheCoordinatorRole() {
        Caller partnerWithStaleRight = user("cia", POLICE, Set.of(Roles.PARTNER), Set.of(AGREEMENT));
        assertFalse(ReportingRights.mayEdit(partnerWithStaleRight, AGREEMENT));
    }

    @Test
    void aPartnerReportsOnItsOrganisationsActivitiesWhenTheAgreementAllows() {
        Caller police = user("erik", POLICE, Set.of(Roles.PARTNER), Set.of());
        assertTrue(ReportingRights.mayReport(police, AGREEMENT, true, POLICE, null));
        assertFalse(ReportingRights.mayReport(police, AGREEMENT, false, POLICE, null));
        assertFalse(ReportingRights.mayReport(police, AGREEMENT, true, MUNICIPALITY, null));
        assertFalse(ReportingRights.mayEdit(police, AGREEMENT));
    }

    @Test
    void theNamedReporterMayReportWhateverTheOrganisation() {
        Caller police = user("erik", POLICE, Set.of(Roles.PARTNER), Set.of());
        assertTrue(ReportingRights.mayReport(police, AGREEMENT, false, MUNICIPALITY, "Erik"));
        assertFalse(ReportingRights.mayReport(police, AGREEMENT, false, MUNICIPALITY, "someone"));
    }

    @Test
    void boardMembersAdministratorsAndNobodyNeverReport() {
        Caller board = user("maria", MUNICIPALITY, Set.of(Roles.BOARD_MEMBER), Set.of());
        Caller admin = user("sara", MUNICIPALITY, Set.of(Roles.ADMINISTRATOR), Set.of());
        assertFalse(ReportingRights.mayReport(board, AGREEMENT, true, MUNICIPALITY, "maria"));
        assertFalse(ReportingRights.mayReport(admin, AGREEMENT, true, MUNICIPALITY, null));
        assertFalse(ReportingRights.mayReport(Caller.ANONYMOUS, AGREEMENT, true, MUNICIPALITY, null));
        assertTrue(ReportingRights.mayReport(Caller.SYSTEM, AGREEMENT, false, MUNICIPALITY, null));
    }
}
