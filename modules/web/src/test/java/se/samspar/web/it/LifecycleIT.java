package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.StatusReporting;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementCreation;
import se.samspar.agreement.api.AgreementRenewal;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.NewAgreement;
import se.samspar.agreement.api.OrganisationDraft;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.agreement.api.PartyDraft;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.agreement.api.RenewalDraft;
import se.samspar.audit.api.AuditTrail;
import se.samspar.followup.api.AreaAssessment;
import se.samspar.followup.api.Decision;
import se.samspar.followup.api.FollowUpDraft;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpQueries;
import se.samspar.followup.api.FollowUps;
import se.samspar.followup.api.IndicatorDirection;
import se.samspar.followup.api.IndicatorDraft;
import se.samspar.followup.api.Indicators;
import se.samspar.followup.api.MeasurementDraft;
import se.samspar.identity.api.NewUser;
import se.samspar.identity.api.UserAccounts;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Locales;
import se.samspar.platform.api.Refusal;
import se.samspar.platform.api.Roles;

/**
 * An agreement's life (issue 11): created with its parties in one use case by an administrator or a
 * coordinator; read-only once CLOSED for every module (rule 11); renewed at most once (rule 12); parties, areas
 * and goals removed only while nothing refers to them; and two requests creating the same at once meet the
 * field's message, never a failure.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleIT extends WithServices {

    @Inject
    AgreementCreation creation;
    @Inject
    AgreementRenewal renewal;
    @Inject
    StatusReporting statusReporting;
    @Inject
    Indicators indicators;
    @Inject
    FollowUps followUps;
    @Inject
    FollowUpQueries followUpQueries;
    @Inject
    UserAccounts accounts;
    @Inject
    se.samspar.coordination.api.CoordinationQueries coordination;
    @Inject
    AuditTrail audit;
    @Resource
    ManagedExecutorService executor;

    private Fixtures.Built built;
    private Caller coordinator;
    private Caller admin;

    @BeforeEach
    void build() {
        built = callers.runAs(Caller.SYSTEM, () -> Fixtures.build(this));
        long municipality = structure(built.agreementId()).party(built.municipalityParty()).orElseThrow()
                .organisationId();
        coordinator = new Caller("anna", "Anna", municipality, Set.of(Roles.COORDINATOR),
                Set.of(built.agreementId()), false);
        admin = new Caller("sara", "Sara", municipality, Set.of(Roles.ADMINISTRATOR), Set.of(), false);
    }

    private AgreementStructure structure(long agreementId) {
        return callers.runAs(Caller.SYSTEM, () -> agreements.structure(agreementId).orElseThrow());
    }

    private <T> T as(Caller caller, java.util.function.Supplier<T> work) {
        return callers.runAs(caller, work);
    }

    private void close(long agreementId) {
        as(coordinator, () -> {
            agreementEditing.changeStatus(agreementId, structure(agreementId).agreement().version(),
                    AgreementStatus.ACTIVE);
            agreementEditing.changeStatus(agreementId, structure(agreementId).agreement().version(),
                    AgreementStatus.CLOSED);
            return null;
        });
    }

    private void refusedAsClosed(String what, Runnable change) {
        Refusal r = assertThrows(Refusal.class, () -> callers.runAs(coordinator, change), what);
        assertEquals("samspar.agreement.closed", r.problems().get(0).key(), what);
        assertEquals("Överenskommelsen är avslutad och kan inte ändras.", r.problems().get(0).message(Locales.SWEDISH));
        assertEquals("The agreement is closed and cannot be changed.", r.problems().get(0).message(Locales.ENGLISH));
    }

    @Test
    void aClosedAgreementTakesNoChangeFromAnyModuleAndEachRefusalIsAudited() {
        long agreementId = built.agreementId();
        long activity = as(coordinator, () -> activityEditing.create(agreementId,
                Fixtures.activity(built.areaId(), built.subGoalId(), "T1-1", built.policeParty(), Set.of(), 1)));
        long spare = as(coordinator, () -> activityEditing.create(agreementId,
                Fixtures.activity(built.areaId(), null, "T1-2", built.policeParty(), Set.of(), 1)));
        long indicator = as(coordinator, () -> indicators.define(agreementId, new IndicatorDraft(built.overallGoalId(),
                "Anmälda bränder", "antal", IndicatorDirection.LOWER_IS_BETTER, null, null, BigDecimal.TEN, 2026,
                null, null)));
        long followUp = as(coordinator, () -> followUps.open(agreementId, new FollowUpDraft(FollowUpKind.ANNUAL,
                "Årsuppföljning 2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
        as(coordinator, () -> {
            followUps.startReporting(followUp, followUpQueries.find(followUp).orElseThrow().version());
            return null;
        });
        close(agreementId);
        assertTrue(structure(agreementId).agreement().closed());
        assertFalse(as(coordinator, () -> statusUpdates.mayReport(activity)), "no report offered on a closed agreement");

        AgreementStructure s = structure(agreementId);
        var area = s.area(built.areaId()).orElseThrow();
        var goal = s.goal(built.subGoalId()).orElseThrow();
        var party = s.party(built.policeParty()).orElseThrow();
        ActivityView loaded = as(coordinator, () -> activities.find(activity).orElseThrow());
        long version = s.agreement().version();
        refusedAsClosed("update the agreement", () -> agreementEditing.update(agreementId, version,
                Fixtures.agreement("Ny titel")));
        refusedAsClosed("change its status", () -> agreementEditing.changeStatus(agreementId, version,
                AgreementStatus.CLOSED));
        long other = callers.runAs(Caller.SYSTEM, () -> organisations.create(new OrganisationDraft(
                Fixtures.unique("Kriminalvården"), null, OrganisationType.PRISON_PROBATION, null)));
        refusedAsClosed("add a party", () -> partyEditing.addParty(agreementId,
                new PartyDraft(other, null, null, null, null)));
        refusedAsClosed("update a party", () -> partyEditing.updateParty(party.id(), party.version(),
                new PartyDraft(party.organisationId(), "Ny", null, null, null)));
        refusedAsClosed("remove a party", () -> partyEditing.removeParty(party.id(), party.version()));
        refusedAsClosed("add an area", () -> areaEditing.addPriorityArea(agreementId,
                new PriorityAreaDraft("T2", "Nytt", null)));
        refusedAsClosed("update an area", () -> areaEditing.updatePriorityArea(area.id(), area.version(),
                new PriorityAreaDraft("T1", "Nytt namn", null)));
        refusedAsClosed("add a goal", () -> areaEditing.addGoal(area.id(), new GoalDraft(null, "Nytt mål", null)));
        refusedAsClosed("update a goal", () -> areaEditing.updateGoal(goal.id(), goal.version(),
                new GoalDraft(built.overallGoalId(), "Nytt", null)));
        refusedAsClosed("remove a goal", () -> areaEditing.removeGoal(goal.id(), goal.version()));
        refusedAsClosed("create an activity", () -> activityEditing.create(agreementId,
                Fixtures.activity(built.areaId(), null, "T1-3", built.policeParty(), Set.of(), 1)));
        refusedAsClosed("update an activity", () -> activityEditing.update(activity, loaded.version(),
                Fixtures.activity(built.areaId(), null, "T1-1", built.policeParty(), Set.of(), 2)));
        refusedAsClosed("delete an activity", () -> activityEditing.delete(spare, loaded.version()));
        refusedAsClosed("cancel an activity", () -> activityEditing.cancel(activity, loaded.version(), "Avbryts"));
        refusedAsClosed("move an activity", () -> activityEditing.move(activity, loaded.version(), 1));
        refusedAsClosed("report on an activity", () -> statusUpdates.report(activity,
                Fixtures.report(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 10)));
        refusedAsClosed("report through the page's retried reporting", () -> statusReporting.report(activity,
                Fixtures.report(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 10)));
        assertThrows(Refusal.class, () -> callers.runAs(Caller.SYSTEM, () -> statusUpdates.importUpdate(activity,
                Fixtures.report(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 10), LocalDateTime.now())),
                "an imported update too");
        refusedAsClosed("define an indicator", () -> indicators.define(agreementId, new IndicatorDraft(
                built.overallGoalId(), "Nytt", "st", IndicatorDirection.HIGHER_IS_BETTER, null, null, null, null,
                null, null)));
        refusedAsClosed("measure an indicator", () -> indicators.measure(indicator,
                new MeasurementDraft("2025", BigDecimal.ONE, null)));
        refusedAsClosed("open a follow-up", () -> followUps.open(agreementId, new FollowUpDraft(FollowUpKind.OTHER,
                "Ny", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))));
        long followUpVersion = as(coordinator, () -> followUpQueries.find(followUp).orElseThrow().version());
        refusedAsClosed("assess a follow-up", () -> followUps.assess(followUp, followUpVersion, "Sammanfattning",
                List.of(new AreaAssessment(built.areaId(), "Bra", TrafficLight.GREEN))));
        refusedAsClosed("mark a party reported", () -> followUps.markReported(followUp, built.policeParty()));
        refusedAsClosed("adopt a follow-up", () -> followUps.adopt(followUp, followUpVersion,
                new Decision("Kommunstyrelsen", LocalDate.of(2026, 2, 1), "§ 3", "KS-2026/1")));

        assertTrue(as(coordinator, () -> activities.history(activity)).isEmpty(), "no report written");
        assertEquals(2, as(coordinator, () -> activities.activitiesOf(agreementId)).size(), "no activity written");
        assertTrue(as(coordinator, () -> indicators.ofAgreement(agreementId)).get(0).measurements().isEmpty());
        assertEquals(1, as(coordinator, () -> followUpQueries.ofAgreement(agreementId)).size());
        assertTrue(as(admin, () -> audit.latest(100)).stream().anyMatch(e -> "REFUSED".equals(e.action())
                        && e.summary().contains("closed") && e.summary().contains("StatusUpdatesBean.report")),
                "the refused report is in the audit trail");
        // What a closed agreement still allows: reading it, and renewing it into a new draft.
        long next = as(coordinator, () -> renewal.renew(agreementId,
                new RenewalDraft("Nästa period", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31))));
        assertEquals(AgreementStatus.DRAFT, structure(next).agreement().status());
    }

    /**
     * Rule 11 for the meeting, follow-up and indicator pages: they offer no form once the agreement is closed, as the
     * services refuse.
     */
    @Test
    void aClosedAgreementsCoordinationFollowUpsAndIndicatorsAreOfferedForChangeToNobody() {
        long agreementId = built.agreementId();
        assertTrue(as(coordinator, () -> coordination.mayEdit(agreementId)), "its coordinator, while it is open");
        assertTrue(as(coordinator, () -> followUpQueries.mayPrepare(agreementId)), "its coordinator, while it is open");
        assertTrue(as(coordinator, () -> indicators.mayEdit(agreementId)), "its coordinator, while it is open");
        assertFalse(as(admin, () -> coordination.mayEdit(agreementId)), "an administrator is not its coordinator");
        assertFalse(as(admin, () -> followUpQueries.mayPrepare(agreementId)), "an administrator is not its coordinator");
        assertFalse(as(admin, () -> indicators.mayEdit(agreementId)), "an administrator is not its coordinator");
        close(agreementId);
        assertFalse(as(coordinator, () -> coordination.mayEdit(agreementId)), "its coordinator, once it is closed");
        assertFalse(as(coordinator, () -> followUpQueries.mayPrepare(agreementId)), "its coordinator, once it is closed");
        assertFalse(as(coordinator, () -> indicators.mayEdit(agreementId)), "its coordinator, once it is closed");
    }

    @Test
    void anAgreementIsRenewedOnceAndASecondRenewalNamesTheFirst() {
        long first = as(coordinator, () -> renewal.renew(built.agreementId(),
                new RenewalDraft("Överenskommelse 2027–2028", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31))));
        Refusal again = assertThrows(Refusal.class, () -> as(coordinator, () -> renewal.renew(built.agreementId(),
                new RenewalDraft("En andra förnyelse", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31)))));
        assertEquals("samspar.agreement.renewedAlready", again.problems().get(0).key());
        assertEquals("Överenskommelsen är redan förnyad: Överenskommelse 2027–2028 (id " + first + ").",
                again.problems().get(0).message(Locales.SWEDISH));
        assertEquals(1, callers.runAs(Caller.SYSTEM, () -> agreements.agreements()).stream()
                .filter(a -> Long.valueOf(built.agreementId()).equals(a.renewsAgreementId())).count());
    }

    @Test
    void concurrentRenewalsLetOneThroughAndRefuseTheOthersWithAMessage() throws Exception {
        List<Object> outcomes = race(6, i -> () -> as(coordinator, () -> renewal.renew(built.agreementId(),
                new RenewalDraft("Förnyelse " + i, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31)))));
        assertEquals(1, outcomes.stream().filter(o -> o instanceof Long).count(), "one renewal: " + outcomes);
        assertTrue(outcomes.stream().filter(o -> !(o instanceof Long)).allMatch(o -> o instanceof Refusal),
                "the others are refused with a message: " + outcomes);
    }

    @Test
    void concurrentCreatesWithOneCodeOrReferenceGetTheFieldsMessage() throws Exception {
        List<Object> areas = race(6, i -> () -> as(coordinator, () -> areaEditing.addPriorityArea(
                built.agreementId(), new PriorityAreaDraft("KOD", "Område " + i, null))));
        assertEquals(1, areas.stream().filter(o -> o instanceof Long).count(), "one area: " + areas);
        for (Object o : areas) {
            if (!(o instanceof Long)) {
                assertEquals("code", ((InvalidInput) o).problems().get(0).field(), String.valueOf(o));
                assertEquals("samspar.unique", ((InvalidInput) o).problems().get(0).key());
            }
        }
        List<Object> created = race(6, i -> () -> as(coordinator, () -> activityEditing.create(built.agreementId(),
                Fixtures.activity(built.areaId(), null, "SAMMA-1", built.policeParty(), Set.of(), 1))));
        assertEquals(1, created.stream().filter(o -> o instanceof Long).count(), "one activity: " + created);
        for (Object o : created) {
            if (!(o instanceof Long)) {
                assertEquals("reference", ((InvalidInput) o).problems().get(0).field(), String.valueOf(o));
            }
        }
    }

    /** Starts the calls at once; each outcome is the call's result or the exception it threw. */
    private List<Object> race(int calls, java.util.function.IntFunction<Callable<Object>> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            Callable<Object> work = call.apply(i);
            futures.add(executor.submit(() -> {
                start.await();
                return work.call();
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            try {
                outcomes.add(f.get());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof InvalidInput)) {
                    fail("a concurrent create failed otherwise than with a message", e.getCause());
                }
                outcomes.add(e.getCause());
            }
        }
        return outcomes;
    }

    @Test
    void anAdministratorCreatesAnAgreementWithKnownAndNewPartiesAndComesToCoordinateIt() {
        long police = structure(built.agreementId()).party(built.policeParty()).orElseThrow().organisationId();
        String username = "admin" + System.nanoTime() % 1_000_000;
        long adminId = callers.runAs(Caller.SYSTEM, () -> accounts.create(new NewUser(username, "Ada Admin", null,
                police, Set.of(Roles.ADMINISTRATOR), Set.of(), "fyra ord i rad")));
        Caller realAdmin = new Caller(username, "Ada Admin", police, Set.of(Roles.ADMINISTRATOR), Set.of(), false);
        String newName = Fixtures.unique("Huge Bostäder AB");
        long id = as(realAdmin, () -> creation.create(new NewAgreement(Fixtures.agreement("Ny överenskommelse"),
                List.of(new NewAgreement.NewParty(police, null), new NewAgreement.NewParty(null,
                        new OrganisationDraft(newName, "Huge", OrganisationType.HOUSING_COMPANY, "556000-0001"))))));
        AgreementStructure s = structure(id);
        assertEquals(AgreementStatus.DRAFT, s.agreement().status());
        assertEquals(2, s.parties().size());
        var created = callers.runAs(Caller.SYSTEM, () -> organisations.all()).stream()
                .filter(o -> o.name().equals(newName)).findFirst().orElseThrow();
        assertEquals(OrganisationType.HOUSING_COMPANY, created.type());
        assertEquals("556000-0001", created.organisationNumber());
        assertTrue(callers.runAs(Caller.SYSTEM, () -> accounts.find(adminId)).orElseThrow().coordinatorOf()
                .contains(id), "the administrator who created it coordinates it");

        // A coordinator may create one too; a partner may not; bad input writes nothing.
        assertTrue(as(coordinator, () -> creation.mayCreate()));
        Caller partner = new Caller("erik", "Erik", police, Set.of(Roles.PARTNER), Set.of(), false);
        assertFalse(as(partner, () -> creation.mayCreate()));
        assertThrows(AccessDenied.class, () -> as(partner, () -> creation.create(new NewAgreement(
                Fixtures.agreement("Otillåten"), List.of()))));
        int before = callers.runAs(Caller.SYSTEM, () -> agreements.agreements()).size();
        InvalidInput twice = assertThrows(InvalidInput.class, () -> as(coordinator, () -> creation.create(
                new NewAgreement(Fixtures.agreement("Dubbel part"), List.of(new NewAgreement.NewParty(police, null),
                        new NewAgreement.NewParty(police, null))))));
        assertEquals("parties[1].organisationId", twice.problems().get(0).field());
        InvalidInput badNumber = assertThrows(InvalidInput.class, () -> as(coordinator, () -> creation.create(
                new NewAgreement(Fixtures.agreement("Fel nummer"), List.of(new NewAgreement.NewParty(null,
                        new OrganisationDraft(Fixtures.unique("Ny org"), null, OrganisationType.OTHER, "123")))))));
        assertTrue(badNumber.problems().get(0).field().startsWith("parties[0].newOrganisation.organisationNumber"),
                badNumber.problems().toString());
        assertEquals(before, callers.runAs(Caller.SYSTEM, () -> agreements.agreements()).size(), "nothing written");
    }

    @Test
    void partiesAreasAndGoalsAreRemovedOnlyWhileNothingRefersToThem() {
        long agreementId = built.agreementId();
        long activity = as(coordinator, () -> activityEditing.create(agreementId,
                Fixtures.activity(built.areaId(), built.subGoalId(), "T1-9", built.policeParty(),
                        Set.of(built.municipalityParty()), 1)));
        as(coordinator, () -> indicators.define(agreementId, new IndicatorDraft(built.overallGoalId(),
                "Trygghetsindex", "index", IndicatorDirection.HIGHER_IS_BETTER, null, null, BigDecimal.TEN, 2026, null,
                null)));
        AgreementStructure s = structure(agreementId);
        var police = s.party(built.policeParty()).orElseThrow();
        var sub = s.goal(built.subGoalId()).orElseThrow();
        var overall = s.goal(built.overallGoalId()).orElseThrow();
        var area = s.area(built.areaId()).orElseThrow();

        Refusal party = assertThrows(Refusal.class, () -> as(coordinator, () -> {
            partyEditing.removeParty(police.id(), police.version());
            return null;
        }));
        assertEquals("Kan inte tas bort medan aktiviteter hör hit: T1-9.", party.problems().get(0)
                .message(Locales.SWEDISH));
        var municipality = s.party(built.municipalityParty()).orElseThrow();
        Refusal participant = assertThrows(Refusal.class, () -> as(coordinator, () -> {
            partyEditing.removeParty(municipality.id(), municipality.version());
            return null;
        }), "a participating party is referred to as well");
        assertEquals("samspar.removal.activities", participant.problems().get(0).key());
        Refusal goal = assertThrows(Refusal.class, () -> as(coordinator, () -> {
            areaEditing.removeGoal(sub.id(), sub.version());
            return null;
        }));
        assertEquals("samspar.removal.activities", goal.problems().get(0).key());
        Refusal parent = assertThrows(Refusal.class, () -> as(coordinator, () -> {
            areaEditing.removeGoal(overall.id(), overall.version());
            return null;
        }));
        assertEquals("samspar.goal.hasSubGoals", parent.problems().get(0).key());
        Refusal withGoals = assertThrows(Refusal.class, () -> as(coordinator, () -> {
            areaEditing.removePriorityArea(area.id(), area.version());
            return null;
        }));
        assertEquals("samspar.area.hasGoals", withGoals.problems().get(0).key());
        assertEquals(2, structure(agreementId).parties().size(), "nothing removed");

        // Once the activity is gone, the sub-goal goes; the overall goal keeps its indicator.
        as(coordinator, () -> {
            activityEditing.delete(activity, activities.find(activity).orElseThrow().version());
            areaEditing.removeGoal(sub.id(), sub.version());
            partyEditing.removeParty(police.id(), police.version());
            return null;
        });
        AgreementStructure after = structure(agreementId);
        assertTrue(after.goal(sub.id()).isEmpty());
        assertTrue(after.party(police.id()).isEmpty());
        Refusal indicator = assertThrows(Refusal.class, () -> as(coordinator, () -> {
            areaEditing.removeGoal(overall.id(), after.goal(overall.id()).orElseThrow().version());
            return null;
        }));
        assertEquals("Kan inte tas bort medan nyckeltal hör hit: Trygghetsindex.", indicator.problems().get(0)
                .message(Locales.SWEDISH));
        // An area with nothing in it goes at once; a stale version does not.
        long empty = as(coordinator, () -> areaEditing.addPriorityArea(agreementId,
                new PriorityAreaDraft("TOM", "Tomt", null)));
        long emptyVersion = structure(agreementId).area(empty).orElseThrow().version();
        assertThrows(se.samspar.platform.api.StaleEdit.class, () -> as(coordinator, () -> {
            areaEditing.removePriorityArea(empty, emptyVersion + 1);
            return null;
        }));
        as(coordinator, () -> {
            areaEditing.removePriorityArea(empty, emptyVersion);
            return null;
        });
        assertTrue(structure(agreementId).area(empty).isEmpty());
    }
}
