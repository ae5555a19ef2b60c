package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.AgreementProgress;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementDraft;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.OrganisationDraft;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.audit.api.AuditTrail;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Locales;
import se.samspar.platform.api.SchemaStatus;
import se.samspar.platform.api.StaleEdit;

/**
 * The services inside Payara Micro against real Derby: migrations, persistence, the rules as the
 * services apply them, validation that writes nothing, the audit trail in the same transaction,
 * and optimistic locking.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AsSystem.class)
class ServicesIT extends WithServices {
    @jakarta.inject.Inject
    se.samspar.agreement.api.StructurePerRequest structurePerRequest;

    @Inject
    AuditTrail audit;
    @Inject
    SchemaStatus schema;
    @Resource(lookup = "java:app/jdbc/samspar")
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;

    @Test
    void everyModulesMigrationRanAndTheTablesExist() throws SQLException {
        assertTrue(schema.migrated());
        assertTrue(schema.databaseAnswers());
        // Every script every module ships has run, and none is pending.
        org.flywaydb.core.api.MigrationInfoService info = org.flywaydb.core.Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource).locations("classpath:db/migration", schema.kind().migrations()).load().info();
        assertEquals(0, info.pending().length);
        assertEquals(info.all().length, Fixtures.count(dataSource, "select count(*) from \"flyway_schema_history\" where \"success\" = true"
                + " and \"version\" is not null"));
        assertTrue(info.all().length >= 8, "the modules' scripts: " + info.all().length);
        for (String table : List.of("AGR_ORGANISATION", "AGR_AGREEMENT", "AGR_PARTY", "AGR_PRIORITY_AREA", "AGR_GOAL",
                "ACT_ACTIVITY", "ACT_PARTICIPANT", "ACT_STATUS_UPDATE", "AUD_ENTRY", "IDN_USER_ACCOUNT", "IDN_USER_ROLE",
                "IDN_COORDINATOR", "FUP_FOLLOW_UP", "FUP_SNAPSHOT", "FUP_INDICATOR", "FUP_MEASUREMENT",
                "FUP_ASSESSMENT", "FUP_PARTY_REPORT")) {
            assertTrue(tableExists(table), table);
        }
    }

    /** By the driver's catalog, so on Derby (names in capitals) and PostgreSQL (in small letters) alike. */
    private boolean tableExists(String table) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection()) {
            for (String name : List.of(table, table.toLowerCase(java.util.Locale.ROOT))) {
                try (java.sql.ResultSet found = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                    if (found.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    @Test
    void anAgreementIsStoredWithItsPartiesAreasAndGoals() {
        Fixtures.Built b = Fixtures.build(this);
        AgreementStructure s = agreements.structure(b.agreementId()).orElseThrow();
        assertEquals(AgreementStatus.DRAFT, s.agreement().status());
        assertEquals("KS-2025/1", s.agreement().diaryNumber());
        assertEquals(LocalDate.of(2025, 1, 1), s.agreement().validFrom());
        assertEquals(2, s.parties().size());
        assertEquals("Kommundirektör", s.parties().get(0).signatoryTitle());
        assertEquals(1, s.areas().size());
        assertEquals("T1", s.areas().get(0).code());
        assertEquals(1, s.areas().get(0).goals().size());
        assertEquals("Färre anlagda bränder", s.areas().get(0).goals().get(0).subGoals().get(0).title());

        agreementEditing.changeStatus(b.agreementId(), s.agreement().version(), AgreementStatus.ACTIVE);
        assertEquals(AgreementStatus.ACTIVE, agreements.structure(b.agreementId()).orElseThrow().agreement().status());
    }

    /**
     * Issue 12: within one page's request (this test method runs in one, switched on as a page's is) an agreement's
     * structure is read once per caller — the activity page asks for it through five services — and read again once
     * the request changes the agreement.
     */
    @Test
    void theStructureIsReadOncePerRequestUntilTheRequestChangesIt() {
        Fixtures.Built b = Fixtures.build(this);
        // Off until switched on (pages switch it on: web.faces.StructureOncePerPage): each read reads.
        long start = se.samspar.platform.api.SqlStatements.sent();
        agreements.structure(b.agreementId()).orElseThrow();
        long unswitched = se.samspar.platform.api.SqlStatements.sent() - start;
        start = se.samspar.platform.api.SqlStatements.sent();
        agreements.structure(b.agreementId()).orElseThrow();
        assertEquals(unswitched, se.samspar.platform.api.SqlStatements.sent() - start, "not kept until switched on");

        structurePerRequest.keepForThisRequest();
        start = se.samspar.platform.api.SqlStatements.sent();
        agreements.structure(b.agreementId()).orElseThrow();
        long firstRead = se.samspar.platform.api.SqlStatements.sent() - start;
        start = se.samspar.platform.api.SqlStatements.sent();
        AgreementStructure again = agreements.structure(b.agreementId()).orElseThrow();
        assertTrue(firstRead > 0, "the first read asks the database");
        assertEquals(0, se.samspar.platform.api.SqlStatements.sent() - start, "the second read is the first's");

        areaEditing.addGoal(b.areaId(), new GoalDraft(null, "Ett mål till", null));
        AgreementStructure changed = agreements.structure(b.agreementId()).orElseThrow();
        assertEquals(again.areas().get(0).goals().size() + 1, changed.areas().get(0).goals().size(),
                "read again after the change");
    }

    @Test
    void activitiesAndStatusUpdatesFollowTheRules() {
        Fixtures.Built b = Fixtures.build(this);
        long a1 = activityEditing.create(b.agreementId(), Fixtures.activity(b.areaId(), b.subGoalId(), "T1-1",
                b.municipalityParty(), Set.of(b.policeParty()), 3));
        long a2 = activityEditing.create(b.agreementId(), Fixtures.activity(b.areaId(), b.overallGoalId(), "T1-2",
                b.policeParty(), Set.of(), 1));
        long a3 = activityEditing.create(b.agreementId(), Fixtures.activity(b.areaId(), null, "T1-3",
                b.policeParty(), Set.of(), 5));

        // Nothing reported yet: every activity is planned at 0 %, so the roll-up is 0, present.
        ActivityView fresh = activities.find(a1).orElseThrow();
        assertEquals(ActivityStatus.PLANNED, fresh.status());
        assertEquals(Set.of(b.policeParty()), fresh.participatingPartyIds());

        statusUpdates.report(a1, new StatusReport(ActivityStatus.IN_PROGRESS, TrafficLight.YELLOW, 40, "Startat",
                new BigDecimal("2.5"), "Samordnare", null));
        // Rule 3: completed means 100, whatever was entered.
        statusUpdates.report(a2, Fixtures.report(ActivityStatus.COMPLETED, TrafficLight.GREEN, 10));
        // Cancelled activities leave the roll-up.
        statusUpdates.report(a3, Fixtures.report(ActivityStatus.CANCELLED, TrafficLight.RED, 0));

        ActivityView v1 = activities.find(a1).orElseThrow();
        assertEquals(ActivityStatus.IN_PROGRESS, v1.status());
        assertEquals(TrafficLight.YELLOW, v1.light());
        assertEquals(40, v1.progress());
        assertEquals(100, activities.find(a2).orElseThrow().progress());

        // Rule 3 refused: 100 % while still in progress.
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> statusUpdates.report(a1, Fixtures.report(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 100)));
        assertEquals("progress", refused.problems().get(0).field());
        assertEquals(40, activities.find(a1).orElseThrow().progress());

        // The latest update is the current state; the history keeps every one, newest first.
        statusUpdates.report(a1, Fixtures.report(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 60));
        List<StatusUpdateView> history = activities.history(a1);
        assertEquals(2, history.size());
        assertEquals(60, history.get(0).progress());
        assertEquals(new BigDecimal("2.50"), history.get(1).hoursSpent());
        assertEquals(60, activities.find(a1).orElseThrow().progress());

        // Rule 4: weighted mean (3 × 60 + 1 × 100) / 4 = 70; the cancelled T1-3 is left out.
        AgreementProgress p = activities.progress(b.agreementId());
        assertEquals(70.0, p.overall().percent(), 0.001);
        assertEquals(2, p.overall().activities());
        assertEquals(70.0, p.area(b.areaId()).percent(), 0.001);
        assertEquals(60.0, p.goal(b.subGoalId()).percent(), 0.001);
        // The overall goal counts its sub-goal's activity too.
        assertEquals(70.0, p.goal(b.overallGoalId()).percent(), 0.001);
        assertEquals(60.0, p.leadParty(b.municipalityParty()).percent(), 0.001);
        // The police lead T1-2 (100 %) and the cancelled T1-3: only T1-2 counts.
        assertEquals(100.0, p.leadParty(b.policeParty()).percent(), 0.001);
    }

    @Test
    void anEmptySetHasNoProgressNotZero() {
        Fixtures.Built b = Fixtures.build(this);
        AgreementProgress p = activities.progress(b.agreementId());
        assertNull(p.overall().percent());
        assertFalse(p.area(b.areaId()).isPresent());
    }

    @Test
    void overdueAndNeedsUpdateAreComputedForToday() {
        Fixtures.Built b = Fixtures.build(this);
        ActivityDraft late = new ActivityDraft(b.areaId(), null, "LATE-1", "Sen aktivitet", null, b.policeParty(),
                Set.of(), null, null, LocalDate.now().minusMonths(3), LocalDate.now().minusDays(1), 1);
        long id = activityEditing.create(b.agreementId(), late);
        ActivityView v = activities.find(id).orElseThrow();
        assertTrue(v.overdue());
        // Rule 2 counts from its creation today: overdue, yet not in need of an update.
        assertFalse(v.needsUpdate());
        statusUpdates.report(id, Fixtures.report(ActivityStatus.IN_PROGRESS, TrafficLight.YELLOW, 50));
        ActivityView reported = activities.find(id).orElseThrow();
        assertTrue(reported.overdue());
        assertFalse(reported.needsUpdate());
        statusUpdates.report(id, Fixtures.report(ActivityStatus.COMPLETED, TrafficLight.GREEN, 100));
        ActivityView done = activities.find(id).orElseThrow();
        assertFalse(done.overdue());
        assertFalse(done.needsUpdate());
    }

    @Test
    void riskDeviationAndPostponementRequireACommentAndWriteNothingWithout() throws SQLException {
        Fixtures.Built b = Fixtures.build(this);
        long id = activityEditing.create(b.agreementId(), new ActivityDraft(b.areaId(), null, "WHY-1", "Varför",
                null, b.policeParty(), Set.of(), null, null, null, null, 1));
        long before = Fixtures.count(dataSource, "select count(*) from ACT_STATUS_UPDATE");
        for (StatusReport bare : List.of(
                new StatusReport(ActivityStatus.IN_PROGRESS, TrafficLight.YELLOW, 10, null, null, "Samordnare", null),
                new StatusReport(ActivityStatus.IN_PROGRESS, TrafficLight.RED, 10, "  ", null, "Samordnare", null),
                new StatusReport(ActivityStatus.POSTPONED, TrafficLight.GREEN, 10, null, null, "Samordnare", null))) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> statusUpdates.report(id, bare));
            var comment = refused.problems().stream().filter(p -> p.field().equals("comment")).findFirst().orElseThrow();
            assertTrue(comment.message(Locales.SWEDISH).contains("kommentar"), comment.message(Locales.SWEDISH));
            assertTrue(comment.message(Locale.ENGLISH).contains("comment"), comment.message(Locale.ENGLISH));
        }
        assertEquals(before, Fixtures.count(dataSource, "select count(*) from ACT_STATUS_UPDATE"));
        statusUpdates.report(id, new StatusReport(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 10, null, null,
                "Samordnare", null));
        statusUpdates.report(id, new StatusReport(ActivityStatus.POSTPONED, TrafficLight.RED, 10,
                "Väntar på beslut", null, "Samordnare", null));
        assertEquals(before + 2, Fixtures.count(dataSource, "select count(*) from ACT_STATUS_UPDATE"));
    }

    @Test
    void invalidInputNamesTheFieldInSwedishAndEnglishAndWritesNothing() throws SQLException {
        long before = Fixtures.count(dataSource, "select count(*) from AGR_AGREEMENT");
        long auditBefore = Fixtures.count(dataSource, "select count(*) from AUD_ENTRY");
        AgreementDraft blank = new AgreementDraft(" ", LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1), null, null,
                null, null, 0, true, null);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> agreementEditing.create(blank));
        var title = refused.problems().stream().filter(p -> p.field().equals("title")).findFirst().orElseThrow();
        assertEquals("Måste fyllas i.", title.message(Locales.SWEDISH));
        assertEquals("Required.", title.message(Locale.ENGLISH));
        assertTrue(refused.problems().stream().anyMatch(p -> p.field().equals("updateIntervalDays")));
        assertEquals(before, Fixtures.count(dataSource, "select count(*) from AGR_AGREEMENT"));
        assertEquals(auditBefore, Fixtures.count(dataSource, "select count(*) from AUD_ENTRY"));

        Fixtures.Built b = Fixtures.build(this);
        long activitiesBefore = Fixtures.count(dataSource, "select count(*) from ACT_ACTIVITY");
        ActivityDraft withPersonalNumber = new ActivityDraft(b.areaId(), null, "PNR-1", "Ärende",
                "Gäller 811218-9876", b.policeParty(), Set.of(), null, null, null, null, 1);
        InvalidInput pnr = assertThrows(InvalidInput.class, () -> activityEditing.create(b.agreementId(), withPersonalNumber));
        assertEquals("description", pnr.problems().get(0).field());
        assertTrue(pnr.problems().get(0).message(Locales.SWEDISH).contains("personnummer"));
        assertEquals(activitiesBefore, Fixtures.count(dataSource, "select count(*) from ACT_ACTIVITY"));

        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> organisations.create(
                new OrganisationDraft("x".repeat(201), null, OrganisationType.OTHER, null)));
        assertEquals("Får vara högst 200 tecken.", tooLong.problems().get(0).message(Locales.SWEDISH));
    }

    /** The administration page's organisation table and select: a page of a search, its count, names by id. */
    @Test
    void organisationsArePagedAndSearchedInTheDatabase() {
        String token = java.util.UUID.randomUUID().toString().substring(0, 8);
        long first = organisations.create(new OrganisationDraft("Sökbar A " + token, "SB_" + token,
                OrganisationType.OTHER, null));
        long second = organisations.create(new OrganisationDraft("Sökbar B 100% " + token, null,
                OrganisationType.OTHER, null));
        long third = organisations.create(new OrganisationDraft("Sökbar C " + token, null, OrganisationType.OTHER,
                null));

        assertEquals(3, organisations.count(token.toUpperCase(Locale.ROOT)), "case does not matter");
        assertEquals(List.of(first, second, third), organisations.page(" " + token + " ", 0, 10).stream()
                .map(o -> o.id()).toList(), "by name");
        assertEquals(List.of(second, third), organisations.page(token, 1, 2).stream().map(o -> o.id()).toList(),
                "the second page of one");
        assertEquals(1, organisations.count("100% " + token), "% is text");
        assertEquals(0, organisations.count("sökbar_b"), "_ is text, not any character");
        assertEquals(1, organisations.count("sb_" + token), "the short name too");
        assertEquals(organisations.count(), organisations.count("  "), "a blank search finds all");
        assertEquals(organisations.count(), organisations.count(null));
        assertEquals(List.of("Sökbar A " + token, "Sökbar C " + token), organisations.withIds(List.of(third, first,
                third, -1L)).stream().map(o -> o.name()).toList(), "those that exist, once each, by name");
        assertTrue(organisations.withIds(List.of()).isEmpty());
        assertEquals(java.util.Optional.of(first), organisations.named("  SÖKBAR a " + token + " ").map(o -> o.id()),
                "by its whole name, whatever the case");
        assertTrue(organisations.named("Sökbar A").isEmpty(), "not by a part of it");
    }

    @Test
    void idsFromAnotherAgreementAreRefused() {
        Fixtures.Built mine = Fixtures.build(this);
        Fixtures.Built other = Fixtures.build(this);
        InvalidInput foreignParty = assertThrows(InvalidInput.class, () -> activityEditing.create(mine.agreementId(),
                Fixtures.activity(mine.areaId(), null, "X-1", other.policeParty(), Set.of(), 1)));
        assertEquals("leadPartyId", foreignParty.problems().get(0).field());
        InvalidInput foreignArea = assertThrows(InvalidInput.class, () -> activityEditing.create(mine.agreementId(),
                Fixtures.activity(other.areaId(), null, "X-2", mine.policeParty(), Set.of(), 1)));
        assertEquals("areaId", foreignArea.problems().get(0).field());
        InvalidInput leadAlsoParticipant = assertThrows(InvalidInput.class, () -> activityEditing.create(mine.agreementId(),
                Fixtures.activity(mine.areaId(), null, "X-3", mine.policeParty(), Set.of(mine.policeParty()), 1)));
        assertEquals("participatingPartyIds", leadAlsoParticipant.problems().get(0).field());
        InvalidInput deepGoal = assertThrows(InvalidInput.class,
                () -> areaEditing.addGoal(mine.areaId(), new GoalDraft(mine.subGoalId(), "Tredje nivå", null)));
        assertEquals("samspar.goal.oneLevel", deepGoal.problems().get(0).key());
        InvalidInput duplicateCode = assertThrows(InvalidInput.class,
                () -> areaEditing.addPriorityArea(mine.agreementId(), new PriorityAreaDraft("T1", "Igen", null)));
        assertEquals("code", duplicateCode.problems().get(0).field());
    }

    @Test
    void everyChangeIsAuditedInItsTransaction() throws SQLException {
        Fixtures.Built b = Fixtures.build(this);
        long id = activityEditing.create(b.agreementId(), Fixtures.activity(b.areaId(), null, "AUD-1", b.policeParty(),
                Set.of(), 1));
        statusUpdates.report(id, Fixtures.report(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 20));
        var trail = audit.ofAgreement(b.agreementId(), 50);
        // Agreement, two parties, area, two goals, activity, status report.
        assertEquals(8, trail.size());
        assertEquals("STATUS_REPORTED", trail.get(0).action());
        assertEquals(id, trail.get(0).subjectId());
        assertTrue(trail.stream().anyMatch(e -> e.subject().equals("PARTY") && e.action().equals("CREATED")));
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstIsKept() {
        Fixtures.Built b = Fixtures.build(this);
        long id = activityEditing.create(b.agreementId(), Fixtures.activity(b.areaId(), null, "LOCK-1", b.policeParty(),
                Set.of(), 1));
        ActivityView loadedByAnna = activities.find(id).orElseThrow();
        ActivityView loadedByBo = activities.find(id).orElseThrow();

        activityEditing.update(id, loadedByAnna.version(), retitled(loadedByAnna, "Annas titel"));
        StaleEdit stale = assertThrows(StaleEdit.class,
                () -> activityEditing.update(id, loadedByBo.version(), retitled(loadedByBo, "Bos titel")));
        assertEquals(id, stale.id());
        assertEquals("Annas titel", activities.find(id).orElseThrow().title());
    }

    @Test
    void concurrentEditsOfOneActivityLetExactlyOneThrough() throws Exception {
        Fixtures.Built b = Fixtures.build(this);
        long id = activityEditing.create(b.agreementId(), Fixtures.activity(b.areaId(), null, "RACE-1", b.policeParty(),
                Set.of(), 1));
        ActivityView loaded = activities.find(id).orElseThrow();
        int editors = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String title = "Titel från redaktör " + i;
            results.add(executor.submit(() -> {
                start.await();
                try {
                    callers.runAs(Caller.SYSTEM, () -> activityEditing.update(id, loaded.version(), retitled(loaded, title)));
                    return title;
                } catch (StaleEdit e) {
                    return null;
                }
            }));
        }
        start.countDown();
        List<String> winners = new ArrayList<>();
        for (Future<String> f : results) {
            String won = f.get();
            if (won != null) {
                winners.add(won);
            }
        }
        assertEquals(1, winners.size(), "exactly one of the concurrent edits may win");
        ActivityView after = activities.find(id).orElseThrow();
        assertEquals(winners.get(0), after.title());
        assertEquals(loaded.version() + 1, after.version());
    }

    private static ActivityDraft retitled(ActivityView v, String title) {
        return new ActivityDraft(v.areaId(), v.goalId(), v.reference(), title, v.description(), v.leadPartyId(),
                v.participatingPartyIds(), v.contactPerson(), v.reporterUser(), v.startDate(), v.dueDate(), v.weight());
    }
}
