package se.samspar.transfer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.FieldProblem;

class TargetMatchTest {
    private static final AgreementStructure TARGET = new AgreementStructure(
            new AgreementView(1, "Ö", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), AgreementStatus.DRAFT, null,
                    null, null, null, 60, true, null, 0),
            List.of(new PartyView(11, 1, 101, "Polismyndigheten", "Polisen", OrganisationType.POLICE, null, null, null,
                    null, 0, 0)),
            List.of(new PriorityAreaView(21, 1, "VINR", "Våld", null, 0, 0, List.of(new GoalView(31, 21, null, "Upphöra",
                    null, 0, 0, List.of(new GoalView(32, 21, 31L, "Information", null, 0, 0, List.of())))))));

    private static AgreementFile file(String party, String code, String goalKey, String goalTitle) {
        return new AgreementFile("samspar-agreement/1",
                List.of(new AgreementFile.Organisation(party, party, null, OrganisationType.OTHER, null)),
                new AgreementFile.Agreement("Ö", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null, null,
                        null, null, null, null, List.of(new AgreementFile.Party(party, null, null, null, null)),
                        List.of(new AgreementFile.PriorityArea(code, code, null,
                                List.of(new AgreementFile.Goal(goalKey, goalTitle, null, null)), List.of()))));
    }

    @Test
    void partiesByNameOrShortNameAreasByCodeGoalsByTitleOrExportKey() {
        TargetMatch.Result byShortName = TargetMatch.match(file("polisen", "VINR", "x", "information"), TARGET);
        assertEquals(List.of(), byShortName.problems());
        assertEquals(11L, byShortName.ids().partyIds().get("polisen"));
        assertEquals(101L, byShortName.ids().organisationIds().get("polisen"));
        assertEquals(List.of(21L), byShortName.ids().areaIds());
        assertEquals(32L, byShortName.ids().goalIds().get("x"));
        assertEquals(31L, TargetMatch.match(file("Polismyndigheten", "VINR", "VINR-M1", "?"), TARGET).ids().goalIds()
                .get("VINR-M1"));
        assertEquals("VINR-M1.1", TargetMatch.goalKey("VINR", 0, 0));
    }

    @Test
    void whatTheAgreementLacksIsAProblemAtItsPath() {
        assertEquals(List.of(new FieldProblem("agreement.parties[0].organisation", "samspar.import.target.party",
                        Map.of("name", "Räddningstjänsten")),
                new FieldProblem("agreement.priorityAreas[0].code", "samspar.import.target.area", Map.of("code", "TRYG"))),
                TargetMatch.match(file("Räddningstjänsten", "TRYG", "g", "Mål"), TARGET).problems());
        assertEquals(List.of(new FieldProblem("agreement.priorityAreas[0].goals[0].key", "samspar.import.target.goal",
                Map.of("goal", "Okänt"))), TargetMatch.match(file("Polisen", "VINR", "g", "Okänt"), TARGET).problems());
    }
}
