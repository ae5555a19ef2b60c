package se.samspar.web.it;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementDraft;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.OrganisationDraft;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.agreement.api.PartyDraft;
import se.samspar.agreement.api.PriorityAreaDraft;

/** Builds small agreements through the real services; names are unique so tests never collide. */
final class Fixtures {
    private Fixtures() {
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static AgreementDraft agreement(String title) {
        return new AgreementDraft(title, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), "KS-2025/1",
                "Kommunstyrelsen", LocalDate.of(2024, 12, 10), "Testöverenskommelse", 60, true, null);
    }

    static ActivityDraft activity(long areaId, Long goalId, String reference, long leadPartyId, Set<Long> participants,
                                  int weight) {
        return new ActivityDraft(areaId, goalId, reference, "Aktivitet " + reference, null, leadPartyId, participants,
                "Samordnare", null, LocalDate.of(2025, 2, 1), LocalDate.of(2026, 6, 30), weight);
    }

    static StatusReport report(ActivityStatus status, TrafficLight light, int progress) {
        return new StatusReport(status, light, progress, "Lägesrapport", null, "Samordnare", null);
    }

    /** An agreement with two parties, one area (code T1) with an overall goal and one sub-goal. */
    record Built(long agreementId, long municipalityParty, long policeParty, long areaId, long overallGoalId,
                 long subGoalId) {
    }

    static Built build(WithServices services) {
        OrganisationService organisations = services.organisations;
        long municipality = organisations.create(new OrganisationDraft(unique("Testkommun"), "Kommunen",
                OrganisationType.MUNICIPALITY, null));
        long police = organisations.create(new OrganisationDraft(unique("Polisen"), "Polisen",
                OrganisationType.POLICE, null));
        long agreementId = services.agreementEditing.create(agreement(unique("Överenskommelse")));
        long p1 = services.partyEditing.addParty(agreementId, new PartyDraft(municipality, null, "Kommundirektör", null, null));
        long p2 = services.partyEditing.addParty(agreementId, new PartyDraft(police, null, "Lokalpolisområdeschef", null, null));
        long area = services.areaEditing.addPriorityArea(agreementId, new PriorityAreaDraft("T1", "Trygghet", null));
        long overall = services.areaEditing.addGoal(area, new GoalDraft(null, "Ökad trygghet", null));
        long sub = services.areaEditing.addGoal(area, new GoalDraft(overall, "Färre anlagda bränder", null));
        return new Built(agreementId, p1, p2, area, overall, sub);
    }

    /** A coordinator of the built agreement, of its municipality, who signs in with {@code password}. */
    static void coordinator(se.samspar.identity.api.UserAccounts accounts, se.samspar.agreement.api.AgreementQueries
            agreements, Built b, String username, String name, String password) {
        accounts.create(new se.samspar.identity.api.NewUser(username, name, null, municipalityOf(agreements, b),
                Set.of(se.samspar.platform.api.Roles.COORDINATOR), Set.of(b.agreementId()), password, false));
    }

    /** The organisation id of the built agreement's municipality. */
    static long municipalityOf(se.samspar.agreement.api.AgreementQueries agreements, Built b) {
        return agreements.structure(b.agreementId()).orElseThrow().party(b.municipalityParty()).orElseThrow()
                .organisationId();
    }

    static Set<Long> none() {
        return Set.of();
    }

    /** The number a {@code select count(*)} query answers. */
    static long count(javax.sql.DataSource dataSource, String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** All rows of the tables an agreement import writes to, audit included: to show a refused one wrote nothing. */
    static long rowsWrittenByAnImport(javax.sql.DataSource dataSource) throws java.sql.SQLException {
        long total = 0;
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            for (String table : List.of("AGR_ORGANISATION", "AGR_AGREEMENT", "AGR_PARTY", "AGR_PRIORITY_AREA",
                    "AGR_GOAL", "ACT_ACTIVITY", "ACT_PARTICIPANT", "ACT_STATUS_UPDATE", "AUD_ENTRY")) {
                try (java.sql.ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
        }
        return total;
    }
}
