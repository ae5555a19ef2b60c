package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.Plan;
import se.samspar.actionplan.api.PlanBaselines;
import se.samspar.actionplan.api.PlanChange;
import se.samspar.actionplan.api.PlanChange.Kind;
import se.samspar.actionplan.api.PlanComparison;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementDraft;
import se.samspar.agreement.api.AgreementRenewal;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PartyDraft;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.agreement.api.RenewalDraft;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Locales;
import se.samspar.platform.api.Roles;
import se.samspar.platform.api.StaleEdit;

/**
 * What the agreement editing page (/agreement-edit) relies on: who may edit ({@code mayEdit},
 * which decides the page's 403), and the service calls behind its forms — as the agreement's
 * coordinator, with stale versions refused and the newer data kept (rule 10), and refused input
 * naming the field the page shows it at.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementEditingIT extends WithServices {

    @Inject
    AgreementRenewal agreementRenewal;
    @Inject
    PlanBaselines baselines;

    private Fixtures.Built mine;
    private Fixtures.Built other;
    private Caller coordinator;

    @BeforeEach
    void build() {
        callers.runAs(Caller.SYSTEM, () -> {
            mine = Fixtures.build(this);
            other = Fixtures.build(this);
        });
        long municipality = structure().party(mine.municipalityParty()).orElseThrow().organisationId();
        coordinator = new Caller("anna", "Anna", municipality, Set.of(Roles.COORDINATOR), Set.of(mine.agreementId()),
                false);
    }

    private AgreementStructure structure() {
        return callers.runAs(Caller.SYSTEM, () -> agreements.structure(mine.agreementId()).orElseThrow());
    }

    private <T> T asCoordinator(java.util.function.Supplier<T> work) {
        return callers.runAs(coordinator, work);
    }

    private void asCoordinator(Runnable work) {
        callers.runAs(coordinator, work);
    }

    @Test
    void onlyTheAgreementsCoordinatorMayEditIt() {
        long municipality = coordinator.organisationId();
        long police = structure().party(mine.policeParty()).orElseThrow().organisationId();
        assertTrue(callers.runAs(coordinator, () -> agreements.mayEdit(mine.agreementId())));
        assertFalse(callers.runAs(coordinator, () -> agreements.mayEdit(other.agreementId())),
                "coordinating one agreement gives no rights to another");

        Caller otherCoordinator = new Caller("bo", "Bo", municipality, Set.of(Roles.COORDINATOR),
                Set.of(other.agreementId()), false);
        Caller partner = new Caller("erik", "Erik", police, Set.of(Roles.PARTNER), Set.of(), false);
        Caller board = new Caller("maria", "Maria", municipality, Set.of(Roles.BOARD_MEMBER), Set.of(), false);
        Caller admin = new Caller("sara", "Sara", municipality, Set.of(Roles.ADMINISTRATOR), Set.of(), false);
        // Listed as coordinator of the agreement but without the coordinator role (e.g. role withdrawn).
        Caller roleWithdrawn = new Caller("olle", "Olle", municipality, Set.of(Roles.PARTNER),
                Set.of(mine.agreementId()), false);
        for (Caller c : new Caller[] {otherCoordinator, partner, board, admin, roleWithdrawn, Caller.ANONYMOUS}) {
            assertFalse(callers.runAs(c, () -> agreements.mayEdit(mine.agreementId())),
                    c.username() + " must not be offered editing");
            // mayEdit answers as the changes decide: what it denies, the service refuses.
            assertThrows(AccessDenied.class, () -> callers.runAs(c, () -> areaEditing.addPriorityArea(
                    mine.agreementId(), new PriorityAreaDraft("NY", "Nytt", null))), c.username());
        }
    }

    @Test
    void theCoordinatorUpdatesTheDetailsAndAStaleVersionIsRefused() {
        AgreementView loaded = structure().agreement();
        AgreementDraft changed = new AgreementDraft("Ny titel", loaded.validFrom(), loaded.validTo(), "KS-2025/99",
                "Kommunfullmäktige", LocalDate.of(2025, 1, 20), "Ny beskrivning", 30, false, null);
        asCoordinator(() -> agreementEditing.update(mine.agreementId(), loaded.version(), changed));
        AgreementView after = structure().agreement();
        assertEquals("Ny titel", after.title());
        assertEquals("KS-2025/99", after.diaryNumber());
        assertEquals(30, after.updateIntervalDays());
        assertFalse(after.partiesReportOwnActivities());

        AgreementDraft late = new AgreementDraft("Sen titel", loaded.validFrom(), loaded.validTo(), null, null, null,
                null, 60, true, null);
        assertThrows(StaleEdit.class,
                () -> asCoordinator(() -> agreementEditing.update(mine.agreementId(), loaded.version(), late)));
        assertEquals("Ny titel", structure().agreement().title(), "the newer data is kept");

        // The status moves one step with the current version; a stale version is refused there too.
        asCoordinator(() -> agreementEditing.changeStatus(mine.agreementId(), after.version(), AgreementStatus.ACTIVE));
        assertEquals(AgreementStatus.ACTIVE, structure().agreement().status());
        assertThrows(StaleEdit.class, () -> asCoordinator(
                () -> agreementEditing.changeStatus(mine.agreementId(), after.version(), AgreementStatus.CLOSED)));
        assertEquals(AgreementStatus.ACTIVE, structure().agreement().status());
    }

    @Test
    void aPersonalIdentityNumberInTheDetailsIsRefusedAtItsField() {
        AgreementView loaded = structure().agreement();
        AgreementDraft withNumber = new AgreementDraft(loaded.title(), loaded.validFrom(), loaded.validTo(), null,
                null, null, "Gäller 811218-9876", 60, true, null);
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> asCoordinator(() -> agreementEditing.update(mine.agreementId(), loaded.version(), withNumber)));
        assertEquals("description", refused.problems().get(0).field());
        assertTrue(refused.problems().get(0).message(Locales.SWEDISH).contains("personnummer"));
        AgreementView after = structure().agreement();
        assertEquals(loaded.version(), after.version(), "nothing written");
        assertEquals(loaded.description(), after.description());
    }

    @Test
    void aPartysSignatoryIsUpdatedAndAStaleVersionKeepsTheNewer() {
        PartyView loaded = structure().party(mine.policeParty()).orElseThrow();
        asCoordinator(() -> partyEditing.updateParty(loaded.id(), loaded.version(), new PartyDraft(
                loaded.organisationId(), "Eva Ek", "Lokalpolisområdeschef", LocalDate.of(2025, 1, 15), "Per Polis")));
        PartyView after = structure().party(mine.policeParty()).orElseThrow();
        assertEquals("Eva Ek", after.signatoryName());
        assertEquals(LocalDate.of(2025, 1, 15), after.signedOn());
        assertEquals("Per Polis", after.contactPerson());
        assertTrue(after.version() > loaded.version());

        assertThrows(StaleEdit.class, () -> asCoordinator(() -> partyEditing.updateParty(loaded.id(), loaded.version(),
                new PartyDraft(loaded.organisationId(), "Sen Signatär", null, null, null))));
        PartyView kept = structure().party(mine.policeParty()).orElseThrow();
        assertEquals("Eva Ek", kept.signatoryName(), "the newer data is kept");
        assertEquals(after.version(), kept.version());

        // The page never sends another organisation for an existing party; a crafted one is refused.
        InvalidInput moved = assertThrows(InvalidInput.class, () -> asCoordinator(() -> partyEditing.updateParty(
                kept.id(), kept.version(), new PartyDraft(coordinator.organisationId(), "X", null, null, null))));
        assertEquals("organisationId", moved.problems().get(0).field());
    }

    @Test
    void anOrganisationIsPartyOnlyOnce() {
        long police = structure().party(mine.policeParty()).orElseThrow().organisationId();
        int partiesBefore = structure().parties().size();
        InvalidInput twice = assertThrows(InvalidInput.class, () -> asCoordinator(() -> partyEditing.addParty(
                mine.agreementId(), new PartyDraft(police, null, null, null, null))));
        assertEquals("organisationId", twice.problems().get(0).field());
        assertEquals(partiesBefore, structure().parties().size());
    }

    @Test
    void anAreaIsUpdatedAndAStaleVersionKeepsTheNewer() {
        PriorityAreaView loaded = structure().area(mine.areaId()).orElseThrow();
        asCoordinator(() -> areaEditing.updatePriorityArea(loaded.id(), loaded.version(),
                new PriorityAreaDraft("TRYGG", "Trygghet i offentlig miljö", "Ny beskrivning")));
        PriorityAreaView after = structure().area(mine.areaId()).orElseThrow();
        assertEquals("TRYGG", after.code());
        assertEquals("Trygghet i offentlig miljö", after.name());

        assertThrows(StaleEdit.class, () -> asCoordinator(() -> areaEditing.updatePriorityArea(loaded.id(),
                loaded.version(), new PriorityAreaDraft("SENT", "Sent namn", null))));
        PriorityAreaView kept = structure().area(mine.areaId()).orElseThrow();
        assertEquals("TRYGG", kept.code(), "the newer data is kept");
        assertEquals("Trygghet i offentlig miljö", kept.name());

        long second = asCoordinator(() -> areaEditing.addPriorityArea(mine.agreementId(),
                new PriorityAreaDraft("VINR", "Våld i nära relation", null)));
        PriorityAreaView secondArea = structure().area(second).orElseThrow();
        InvalidInput duplicate = assertThrows(InvalidInput.class, () -> asCoordinator(() -> areaEditing
                .updatePriorityArea(second, secondArea.version(), new PriorityAreaDraft("TRYGG", "Dubblett", null))));
        assertEquals("code", duplicate.problems().get(0).field());
        assertEquals("VINR", structure().area(second).orElseThrow().code());
    }

    @Test
    void aGoalIsUpdatedAndAStaleVersionKeepsTheNewer() {
        GoalView loaded = structure().goal(mine.subGoalId()).orElseThrow();
        asCoordinator(() -> areaEditing.updateGoal(loaded.id(), loaded.version(),
                new GoalDraft(mine.overallGoalId(), "Färre bränder i skolor", null)));
        GoalView after = structure().goal(mine.subGoalId()).orElseThrow();
        assertEquals("Färre bränder i skolor", after.title());
        assertEquals(mine.overallGoalId(), after.parentId());

        assertThrows(StaleEdit.class, () -> asCoordinator(() -> areaEditing.updateGoal(loaded.id(), loaded.version(),
                new GoalDraft(null, "Sen titel", null))));
        GoalView kept = structure().goal(mine.subGoalId()).orElseThrow();
        assertEquals("Färre bränder i skolor", kept.title(), "the newer data is kept");
        assertEquals(mine.overallGoalId(), kept.parentId(), "still a sub-goal");

        // A sub-goal can become an overall goal (no parent chosen on the page).
        asCoordinator(() -> areaEditing.updateGoal(kept.id(), kept.version(), new GoalDraft(null, kept.title(), null)));
        assertNull(structure().goal(mine.subGoalId()).orElseThrow().parentId());
    }

    @Test
    void goalsHaveOneLevelOfSubGoals() {
        int goalsBefore = (int) structure().goals().count();
        InvalidInput deep = assertThrows(InvalidInput.class, () -> asCoordinator(() -> areaEditing.addGoal(
                mine.areaId(), new GoalDraft(mine.subGoalId(), "Tredje nivå", null))));
        assertEquals("parentGoalId", deep.problems().get(0).field());
        assertEquals("samspar.goal.oneLevel", deep.problems().get(0).key());
        assertEquals(goalsBefore, structure().goals().count(), "nothing written");

        // An overall goal with sub-goals cannot itself become a sub-goal.
        long sibling = asCoordinator(() -> areaEditing.addGoal(mine.areaId(), new GoalDraft(null, "Annat mål", null)));
        GoalView overall = structure().goal(mine.overallGoalId()).orElseThrow();
        InvalidInput underSibling = assertThrows(InvalidInput.class, () -> asCoordinator(() -> areaEditing.updateGoal(
                overall.id(), overall.version(), new GoalDraft(sibling, overall.title(), null))));
        assertEquals("parentGoalId", underSibling.problems().get(0).field());
        assertNull(structure().goal(mine.overallGoalId()).orElseThrow().parentId());

        // A parent from another area is refused at the same field.
        long otherArea = asCoordinator(() -> areaEditing.addPriorityArea(mine.agreementId(),
                new PriorityAreaDraft("ANN", "Annat område", null)));
        InvalidInput elsewhere = assertThrows(InvalidInput.class, () -> asCoordinator(() -> areaEditing.addGoal(
                otherArea, new GoalDraft(mine.overallGoalId(), "Fel område", null))));
        assertEquals("parentGoalId", elsewhere.problems().get(0).field());
        assertTrue(structure().area(otherArea).orElseThrow().goals().isEmpty());
    }

    @Test
    void theCoordinatorCreatesAndEditsActivitiesAndAStaleVersionKeepsTheNewer() {
        ActivityDraft draft = new ActivityDraft(mine.areaId(), mine.subGoalId(), "T1-9", "Trygghetsvandring",
                "Kvällsvandring", mine.municipalityParty(), Set.of(mine.policeParty()), "Anna", "polis",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 31), 5);
        long id = asCoordinator(() -> activityEditing.create(mine.agreementId(), draft));
        ActivityView created = callers.runAs(coordinator, () -> activities.find(id).orElseThrow());
        assertEquals(mine.subGoalId(), created.goalId());
        assertEquals(Set.of(mine.policeParty()), created.participatingPartyIds());
        assertEquals("polis", created.reporterUser());
        assertEquals(5, created.weight());

        ActivityDraft retitled = new ActivityDraft(mine.areaId(), null, "T1-9", "Trygghetsvandringar", null,
                mine.policeParty(), Set.of(mine.municipalityParty()), null, null, null, null, 10);
        asCoordinator(() -> activityEditing.update(id, created.version(), retitled));
        ActivityView after = callers.runAs(coordinator, () -> activities.find(id).orElseThrow());
        assertEquals("Trygghetsvandringar", after.title());
        assertEquals(mine.policeParty(), after.leadPartyId());
        assertEquals(Set.of(mine.municipalityParty()), after.participatingPartyIds());
        assertNull(after.goalId());

        assertThrows(StaleEdit.class, () -> asCoordinator(() -> activityEditing.update(id, created.version(), draft)));
        ActivityView kept = callers.runAs(coordinator, () -> activities.find(id).orElseThrow());
        assertEquals("Trygghetsvandringar", kept.title(), "the newer data is kept");
        assertEquals(after.version(), kept.version());
    }

    @Test
    void refusedActivityInputNamesTheFieldsThePageShows() {
        int before = callers.runAs(coordinator, () -> activities.activitiesOf(mine.agreementId())).size();
        InvalidInput leadAlsoTakesPart = assertThrows(InvalidInput.class, () -> asCoordinator(() -> activityEditing.create(
                mine.agreementId(), Fixtures.activity(mine.areaId(), null, "T1-10", mine.policeParty(),
                        Set.of(mine.policeParty()), 1))));
        assertEquals("participatingPartyIds", leadAlsoTakesPart.problems().get(0).field());

        InvalidInput goalOfAnotherArea = assertThrows(InvalidInput.class, () -> asCoordinator(() -> activityEditing.create(
                mine.agreementId(), Fixtures.activity(mine.areaId(), other.overallGoalId(), "T1-11",
                        mine.policeParty(), Set.of(), 1))));
        assertEquals("goalId", goalOfAnotherArea.problems().get(0).field());

        InvalidInput badWeight = assertThrows(InvalidInput.class, () -> asCoordinator(() -> activityEditing.create(
                mine.agreementId(), Fixtures.activity(mine.areaId(), null, "T1-12", mine.policeParty(), Set.of(),
                        101))));
        assertEquals("weight", badWeight.problems().get(0).field());

        ActivityDraft withNumber = new ActivityDraft(mine.areaId(), null, "T1-13", "Ärende", null, mine.policeParty(),
                Set.of(), "Kontakt 811218-9876", null, null, null, 1);
        InvalidInput personalNumber = assertThrows(InvalidInput.class,
                () -> asCoordinator(() -> activityEditing.create(mine.agreementId(), withNumber)));
        assertEquals("contactPerson", personalNumber.problems().get(0).field());
        assertTrue(personalNumber.problems().get(0).message(Locales.SWEDISH).contains("personnummer"));

        assertEquals(before, callers.runAs(coordinator, () -> activities.activitiesOf(mine.agreementId())).size(),
                "nothing written");
    }
    @Test
    void anActivityWithoutReportsIsDeletedAndOneWithReportsIsCancelledInstead() {
        long fresh = asCoordinator(() -> activityEditing.create(mine.agreementId(),
                Fixtures.activity(mine.areaId(), null, "T1-20", mine.policeParty(), Set.of(), 1)));
        long reported = asCoordinator(() -> activityEditing.create(mine.agreementId(),
                Fixtures.activity(mine.areaId(), null, "T1-21", mine.policeParty(), Set.of(), 1)));
        asCoordinator(() -> statusUpdates.report(reported, new StatusReport(ActivityStatus.IN_PROGRESS,
                TrafficLight.YELLOW, 40, "Igång", null, null, null)));

        // Others may not delete, cancel or reorder, whatever the request says.
        long police = structure().party(mine.policeParty()).orElseThrow().organisationId();
        Caller partner = new Caller("erik", "Erik", police, Set.of(Roles.PARTNER), Set.of(), false);
        long freshVersion = find(fresh).version();
        assertThrows(AccessDenied.class, () -> callers.runAs(partner, () -> activityEditing.delete(fresh, freshVersion)));
        assertThrows(AccessDenied.class, () -> callers.runAs(partner, () -> activityEditing.cancel(reported,
                find(reported).version(), null)));
        assertThrows(AccessDenied.class, () -> callers.runAs(partner, () -> activityEditing.move(fresh, freshVersion, -1)));

        InvalidInput hasHistory = assertThrows(InvalidInput.class,
                () -> asCoordinator(() -> activityEditing.delete(reported, find(reported).version())));
        assertTrue(hasHistory.problems().get(0).message(Locales.SWEDISH).contains("avbryt"));
        assertEquals(1, callers.runAs(coordinator, () -> activities.history(reported)).size(), "history kept");

        asCoordinator(() -> activityEditing.delete(fresh, freshVersion));
        assertTrue(callers.runAs(coordinator, () -> activities.find(fresh)).isEmpty());

        long stale = find(reported).version();
        asCoordinator(() -> activityEditing.cancel(reported, stale, "Ersätts av annan insats"));
        ActivityView cancelled = find(reported);
        assertEquals(ActivityStatus.CANCELLED, cancelled.status());
        assertEquals(40, cancelled.progress(), "progress kept");
        assertEquals(2, callers.runAs(coordinator, () -> activities.history(reported)).size());
        assertThrows(StaleEdit.class, () -> asCoordinator(() -> activityEditing.cancel(reported, stale, null)));
        assertThrows(InvalidInput.class, () -> asCoordinator(() -> activityEditing.cancel(reported,
                cancelled.version(), null)), "already cancelled");
    }

    @Test
    void activitiesMoveWithinTheirAreasOrder() {
        long a = asCoordinator(() -> activityEditing.create(mine.agreementId(),
                Fixtures.activity(mine.areaId(), null, "T1-30", mine.policeParty(), Set.of(), 1)));
        long b = asCoordinator(() -> activityEditing.create(mine.agreementId(),
                Fixtures.activity(mine.areaId(), null, "T1-31", mine.policeParty(), Set.of(), 1)));
        asCoordinator(() -> activityEditing.move(b, find(b).version(), -1));
        assertTrue(find(b).order() < find(a).order(), "moved up past its neighbour");
        java.util.List<Long> order = callers.runAs(coordinator, () -> activities.activitiesOf(mine.agreementId()))
                .stream().filter(v -> v.areaId() == mine.areaId()).map(ActivityView::id).toList();
        assertEquals(order.indexOf(a) - 1, order.indexOf(b));

        long first = order.get(0);
        int before = find(first).order();
        asCoordinator(() -> activityEditing.move(first, find(first).version(), -1));
        assertEquals(before, find(first).order(), "the first stays first");

        long staleVersion = find(b).version();
        asCoordinator(() -> activityEditing.move(b, staleVersion, 1));
        assertThrows(StaleEdit.class, () -> asCoordinator(() -> activityEditing.move(b, staleVersion, 1)));
    }

    @Test
    void renewalCopiesTheStructureAndCarriesOverWhatIsStillOpen() {
        long open = asCoordinator(() -> activityEditing.create(mine.agreementId(), new ActivityDraft(mine.areaId(),
                mine.subGoalId(), "T1-40", "Pågående", null, mine.policeParty(), Set.of(mine.municipalityParty()),
                "Kontakt", "polis", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30), 3)));
        asCoordinator(() -> statusUpdates.report(open, new StatusReport(ActivityStatus.IN_PROGRESS, TrafficLight.YELLOW,
                55, "Risk för förseningar", null, null, null)));
        long done = asCoordinator(() -> activityEditing.create(mine.agreementId(),
                Fixtures.activity(mine.areaId(), null, "T1-41", mine.policeParty(), Set.of(), 1)));
        asCoordinator(() -> statusUpdates.report(done, new StatusReport(ActivityStatus.COMPLETED, TrafficLight.GREEN,
                100, null, null, null, null)));
        long cancelled = asCoordinator(() -> activityEditing.create(mine.agreementId(),
                Fixtures.activity(mine.areaId(), null, "T1-42", mine.policeParty(), Set.of(), 1)));
        asCoordinator(() -> activityEditing.cancel(cancelled, find(cancelled).version(), null));

        long police = structure().party(mine.policeParty()).orElseThrow().organisationId();
        Caller partner = new Caller("erik", "Erik", police, Set.of(Roles.PARTNER), Set.of(), false);
        assertThrows(AccessDenied.class, () -> callers.runAs(partner, () -> agreementRenewal.renew(mine.agreementId(),
                new RenewalDraft("Nästa", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31)))));
        InvalidInput backwards = assertThrows(InvalidInput.class, () -> asCoordinator(() -> agreementRenewal.renew(
                mine.agreementId(), new RenewalDraft("Nästa", LocalDate.of(2028, 1, 1), LocalDate.of(2027, 12, 31)))));
        assertFalse(backwards.problems().isEmpty());

        long next = asCoordinator(() -> agreementRenewal.renew(mine.agreementId(),
                new RenewalDraft("Nästa period", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31))));
        AgreementStructure renewed = callers.runAs(Caller.SYSTEM, () -> agreements.structure(next).orElseThrow());
        AgreementStructure old = structure();
        assertEquals(AgreementStatus.DRAFT, renewed.agreement().status());
        assertEquals(mine.agreementId(), renewed.agreement().renewsAgreementId());
        assertEquals(old.parties().stream().map(PartyView::organisationId).toList(),
                renewed.parties().stream().map(PartyView::organisationId).toList());
        assertEquals(old.areas().stream().map(PriorityAreaView::code).toList(),
                renewed.areas().stream().map(PriorityAreaView::code).toList());
        assertEquals(old.goals().map(GoalView::title).toList(), renewed.goals().map(GoalView::title).toList());
        assertTrue(renewed.goals().anyMatch(g -> g.parentId() != null), "sub-goals stay sub-goals");

        java.util.List<ActivityView> carried = callers.runAs(Caller.SYSTEM, () -> activities.activitiesOf(next));
        assertEquals(java.util.List.of("T1-40"), carried.stream().map(ActivityView::reference).toList(),
                "only what is neither completed nor cancelled");
        ActivityView copy = carried.get(0);
        assertEquals(open, copy.carriedOverFromId());
        assertEquals(55, copy.progress());
        assertEquals(ActivityStatus.IN_PROGRESS, copy.status());
        assertEquals(3, copy.weight());
        assertEquals("polis", copy.reporterUser());
        PartyView lead = renewed.party(copy.leadPartyId()).orElseThrow();
        assertEquals(police, lead.organisationId(), "the lead is the new agreement's copy of the police");
        assertEquals(next, lead.agreementId());
        GoalView goal = renewed.goal(copy.goalId()).orElseThrow();
        assertEquals("Färre anlagda bränder", goal.title());
        assertEquals(1, copy.participatingPartyIds().size());
        assertTrue(renewed.party(copy.participatingPartyIds().iterator().next()).isPresent());
    }

    private ActivityView find(long id) {
        return callers.runAs(coordinator, () -> activities.find(id).orElseThrow());
    }

    @Test
    void activatingFreezesThePlanAndLaterChangesShowInTheComparisonNeverInTheBaseline() {
        long kept = asCoordinator(() -> activityEditing.create(mine.agreementId(),
                Fixtures.activity(mine.areaId(), mine.subGoalId(), "B-1", mine.municipalityParty(), Set.of(), 1)));
        long toCancel = asCoordinator(() -> activityEditing.create(mine.agreementId(),
                Fixtures.activity(mine.areaId(), null, "B-2", mine.policeParty(), Set.of(), 1)));
        long toDelete = asCoordinator(() -> activityEditing.create(mine.agreementId(),
                Fixtures.activity(mine.areaId(), null, "B-3", mine.policeParty(), Set.of(), 1)));
        assertTrue(asCoordinator(() -> baselines.compare(mine.agreementId())).isEmpty(), "a draft has no baseline");

        AgreementView draft = structure().agreement();
        asCoordinator(() -> agreementEditing.changeStatus(mine.agreementId(), draft.version(), AgreementStatus.ACTIVE));
        Plan signed = asCoordinator(() -> baselines.baseline(mine.agreementId())).orElseThrow();
        assertEquals(java.util.List.of("B-1", "B-2", "B-3"),
                signed.activities().stream().map(Plan.PlannedActivity::reference).toList());
        assertEquals("Kommunen", signed.activities().get(0).leadParty());
        assertEquals(java.util.List.of("T1"), signed.areas().stream().map(Plan.Area::code).toList());
        assertEquals(2, signed.goals().size());
        assertTrue(asCoordinator(() -> baselines.compare(mine.agreementId())).orElseThrow().unchanged());

        // After signing: one added, one cancelled, one deleted, the kept one moved and handed to the police.
        long added = asCoordinator(() -> activityEditing.create(mine.agreementId(),
                Fixtures.activity(mine.areaId(), null, "B-4", mine.policeParty(), Set.of(), 1)));
        asCoordinator(() -> activityEditing.cancel(toCancel, find(toCancel).version(), "Ersätts"));
        asCoordinator(() -> activityEditing.delete(toDelete, find(toDelete).version()));
        ActivityView k = find(kept);
        asCoordinator(() -> activityEditing.update(kept, k.version(), new ActivityDraft(k.areaId(), k.goalId(),
                k.reference(), k.title(), null, mine.policeParty(), Set.of(), null, null, k.startDate(),
                LocalDate.of(2026, 9, 30), k.weight())));

        PlanComparison c = asCoordinator(() -> baselines.compare(mine.agreementId())).orElseThrow();
        assertEquals(java.util.List.of(
                new PlanChange(Kind.DUE_DATE_MOVED, "B-1", "Aktivitet B-1", null, null, LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 9, 30)),
                new PlanChange(Kind.LEAD_PARTY_CHANGED, "B-1", "Aktivitet B-1", "Kommunen", "Polisen", null, null),
                new PlanChange(Kind.CANCELLED, "B-2", "Aktivitet B-2", null, null, null, null),
                new PlanChange(Kind.REMOVED, "B-3", "Aktivitet B-3", null, null, null, null),
                new PlanChange(Kind.ADDED, "B-4", "Aktivitet B-4", null, null, null, null)), c.changes());
        assertEquals(3, c.baselineActivities());
        assertEquals(3, c.currentActivities());
        assertTrue(added > 0);

        assertEquals(signed, asCoordinator(() -> baselines.baseline(mine.agreementId())).orElseThrow(),
                "the baseline never changes");
        AgreementView active = structure().agreement();
        asCoordinator(() -> agreementEditing.changeStatus(mine.agreementId(), active.version(), AgreementStatus.CLOSED));
        assertEquals(signed, asCoordinator(() -> baselines.baseline(mine.agreementId())).orElseThrow(),
                "closing keeps it");

        long police = structure().party(mine.policeParty()).orElseThrow().organisationId();
        Caller partner = new Caller("erik", "Erik", police, Set.of(Roles.PARTNER), Set.of(), false);
        assertEquals(5, callers.runAs(partner, () -> baselines.compare(mine.agreementId())).orElseThrow()
                .changes().size(), "a party's user sees the comparison");
        assertThrows(AccessDenied.class, () -> callers.runAs(partner, () -> baselines.compare(other.agreementId())));
    }
}
