package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.Plan;
import se.samspar.actionplan.api.PlanBaselines;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.audit.api.AuditEntryView;
import se.samspar.audit.api.AuditPosition;
import se.samspar.audit.api.AuditQuery;
import se.samspar.audit.api.AuditTrail;
import se.samspar.followup.api.FollowUpDraft;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpQueries;
import se.samspar.followup.api.FollowUps;
import se.samspar.identity.api.NewUser;
import se.samspar.identity.api.SignInCredential;
import se.samspar.identity.api.UserView;
import se.samspar.identity.api.UserAccounts;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Backups;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Locales;
import se.samspar.platform.api.Roles;

/**
 * Trust, through the services in Payara Micro on Derby: hostile input is stored as given or refused
 * at its field with nothing written; the audit trail records who, for which organisation, what and
 * the fields before and after, sign-ins and refusals; it is append-only in the database itself, as
 * are status updates and adopted snapshots; only administrators and coordinators read it.
 */
@ExtendWith(ArquillianExtension.class)
class TrustIT extends WithServices {

    @Inject
    FollowUps followUps;
    @Inject
    FollowUpQueries followUpQueries;
    @Inject
    AuditTrail audit;
    @Inject
    se.samspar.actionplan.api.ActivityReferences activityReferences;
    @Inject
    se.samspar.identity.api.UserNames userNames;
    @Inject
    UserAccounts accounts;
    @Inject
    IdentityStoreHandler identityStore;
    @Inject
    UserTransaction tx;
    @Inject
    Backups backups;
    @Resource(lookup = "java:app/jdbc/samspar")
    DataSource dataSource;
    @Inject
    PlanBaselines baselines;
    @Resource
    ManagedExecutorService executor;
    @Inject
    java.time.Clock clock;
    /** Reached into on purpose: the hourly sweep has no other way in, and its SQL deserves a real database. */
    @Inject
    se.samspar.identity.internal.ThrottleSweep sweep;

    private Fixtures.Built built;
    private Caller coordinator;

    @BeforeEach
    void build() {
        built = callers.runAs(Caller.SYSTEM, () -> Fixtures.build(this));
        long municipality = callers.runAs(Caller.SYSTEM, () -> agreements.structure(built.agreementId()).orElseThrow()
                .party(built.municipalityParty()).orElseThrow().organisationId());
        coordinator = new Caller("anna", "Anna Lindqvist", municipality, Set.of(Roles.COORDINATOR),
                Set.of(built.agreementId()), false);
    }

    @AfterEach
    void clockBackToNow() {
        MovableClock.reset();
    }

    private <T> T as(Caller c, Supplier<T> work) {
        return callers.runAs(c, work);
    }

    /** One text field of one form: writes the value and reads back what was stored. */
    private record Field(String name, Function<String, String> writeAndRead) {
    }

    private List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("title", v -> {
            long id = as(coordinator, () -> activityEditing.create(built.agreementId(), new ActivityDraft(built.areaId(), null,
                    "H-" + System.nanoTime() % 1_000_000, v, null, built.policeParty(), Set.of(), null, null, null, null, 1)));
            return as(coordinator, () -> activities.find(id).orElseThrow().title());
        }));
        fields.add(new Field("description", v -> {
            long id = as(coordinator, () -> activityEditing.create(built.agreementId(), new ActivityDraft(built.areaId(), null,
                    "H-" + System.nanoTime() % 1_000_000, "T", v, built.policeParty(), Set.of(), null, null, null, null, 1)));
            return as(coordinator, () -> activities.find(id).orElseThrow().description());
        }));
        long reportedOn = as(coordinator, () -> activityEditing.create(built.agreementId(), Fixtures.activity(built.areaId(),
                null, "H-" + System.nanoTime() % 1_000_000, built.policeParty(), Set.of(), 1)));
        fields.add(new Field("comment", v -> {
            long id = reportedOn;
            as(coordinator, () -> statusUpdates.report(id, new StatusReport(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN,
                    10, v, null, null, null)));
            return as(coordinator, () -> activities.history(id).get(0).comment());
        }));
        fields.add(new Field("name", v -> {
            long id = as(coordinator, () -> areaEditing.addPriorityArea(built.agreementId(),
                    new PriorityAreaDraft("H" + System.nanoTime() % 100_000, v, null)));
            return as(coordinator, () -> agreements.structure(built.agreementId()).orElseThrow().area(id)
                    .orElseThrow().name());
        }));
        fields.add(new Field("title", v -> {
            long id = as(coordinator, () -> areaEditing.addGoal(built.areaId(), new GoalDraft(null, v, null)));
            return as(coordinator, () -> agreements.structure(built.agreementId()).orElseThrow().goal(id)
                    .orElseThrow().title());
        }));
        fields.add(new Field("title", v -> {
            long id = as(coordinator, () -> followUps.open(built.agreementId(), new FollowUpDraft(FollowUpKind.OTHER, v,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))));
            return as(coordinator, () -> followUpQueries.find(id).orElseThrow().title());
        }));
        return fields;
    }

    @Test
    void hostileInputIsStoredAsGivenOrRefusedAtItsFieldWithNothingWritten() throws SQLException {
        int stored = 0;
        int refused = 0;
        for (Field field : fields()) {
            for (Map.Entry<String, String> value : HostileInput.STORED.entrySet()) {
                String back = field.writeAndRead().apply(value.getValue());
                assertEquals(value.getValue().strip(), back, field.name() + " keeps " + value.getKey() + " as given");
                stored++;
            }
            for (Map.Entry<String, String> value : HostileInput.REFUSED.entrySet()) {
                Map<String, Long> before = rowCounts();
                InvalidInput e = assertThrows(InvalidInput.class, () -> field.writeAndRead().apply(value.getValue()),
                        field.name() + " refuses " + value.getKey());
                assertEquals(field.name(), e.problems().get(0).field(), value.getKey());
                assertFalse(e.problems().get(0).message(Locales.SWEDISH).isBlank());
                assertFalse(e.problems().get(0).message(Locales.ENGLISH).isBlank());
                assertEquals(before, rowCounts(), value.getKey() + " in " + field.name() + " wrote nothing");
                refused++;
            }
        }
        System.out.println("Hostile input: " + stored + " values stored as given, " + refused
                + " refused at their field with nothing written, over " + fields().size() + " fields");
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("ACT_ACTIVITY", "ACT_STATUS_UPDATE", "AGR_PRIORITY_AREA", "AGR_GOAL",
                    "FUP_FOLLOW_UP", "AUD_ENTRY")) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }

    @Test
    void theTrailHoldsWhoForWhichOrganisationWhatAndTheFieldsBeforeAndAfter() {
        long id = as(coordinator, () -> activityEditing.create(built.agreementId(), Fixtures.activity(built.areaId(), null,
                "A-1", built.policeParty(), Set.of(), 1)));
        ActivityView v = as(coordinator, () -> activities.find(id).orElseThrow());
        as(coordinator, () -> {
            activityEditing.update(id, v.version(), new ActivityDraft(built.areaId(), null, "A-1", "Ny titel", null,
                    built.municipalityParty(), Set.of(), null, null, null, LocalDate.of(2026, 3, 31), 2));
            return null;
        });
        AuditEntryView update = as(coordinator, () -> audit.search(new AuditQuery(built.agreementId(), "anna",
                "ACTIVITY", null, null), 0, 10)).stream().filter(e -> e.subjectId() == id && e.action().equals("UPDATED"))
                .findFirst().orElseThrow();
        assertEquals(coordinator.organisationId(), update.actorOrganisationId());
        assertTrue(update.changes().contains("title: Aktivitet A-1 → Ny titel"), update.changes());
        assertTrue(update.changes().contains("weight: 1 → 2"), update.changes());
        assertTrue(update.changes().contains("leadPartyId: " + built.policeParty() + " → " + built.municipalityParty()),
                update.changes());
        assertFalse(update.changes().contains("version"), update.changes());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteTheTrailStatusUpdatesAndSnapshots() throws SQLException {
        long id = as(coordinator, () -> activityEditing.create(built.agreementId(), Fixtures.activity(built.areaId(), null,
                "A-2", built.policeParty(), Set.of(), 1)));
        as(coordinator, () -> statusUpdates.report(id, new StatusReport(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN,
                20, "Original", null, null, null)));
        for (String tampering : List.of("UPDATE AUD_ENTRY SET ACTOR = 'mallory'", "DELETE FROM AUD_ENTRY",
                "UPDATE ACT_STATUS_UPDATE SET COMMENT_TEXT = 'ändrad'", "DELETE FROM ACT_STATUS_UPDATE",
                "UPDATE FUP_SNAPSHOT SET CONTENT = '{}'", "DELETE FROM FUP_SNAPSHOT")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                assertThrows(SQLException.class, () -> s.executeUpdate(tampering), tampering);
            }
        }
        List<StatusUpdateView> history = as(coordinator, () -> activities.history(id));
        assertEquals("Original", history.get(0).comment());
        assertTrue(as(coordinator, () -> audit.ofAgreement(built.agreementId(), 500)).stream()
                .noneMatch(e -> "mallory".equals(e.actor())));
    }

    /** Rule 13: the plan as signed is written once; not even SQL typed by hand changes or deletes it. */
    @Test
    void theDatabaseRefusesToChangeOrDeleteThePlanAsSigned() throws SQLException {
        as(coordinator, () -> activityEditing.create(built.agreementId(), Fixtures.activity(built.areaId(), null,
                "A-3", built.policeParty(), Set.of(), 1)));
        long version = as(coordinator, () -> agreements.structure(built.agreementId()).orElseThrow().agreement()
                .version());
        as(coordinator, () -> {
            agreementEditing.changeStatus(built.agreementId(), version, AgreementStatus.ACTIVE);
            return null;
        });
        Plan signed = as(coordinator, () -> baselines.baseline(built.agreementId())).orElseThrow();
        for (String tampering : List.of("UPDATE ACT_BASELINE SET CONTENT = '{}'", "DELETE FROM ACT_BASELINE")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                assertThrows(SQLException.class, () -> s.executeUpdate(tampering), tampering);
            }
        }
        assertEquals(signed, as(coordinator, () -> baselines.baseline(built.agreementId())).orElseThrow());
        assertEquals(List.of("A-3"), signed.activities().stream().map(Plan.PlannedActivity::reference).toList());
    }

    @Test
    void onlyAdministratorsAndTheAgreementsCoordinatorsReadTheTrail() {
        long police = callers.runAs(Caller.SYSTEM, () -> agreements.structure(built.agreementId()).orElseThrow()
                .party(built.policeParty()).orElseThrow().organisationId());
        Caller partner = new Caller("erik", "Erik", police, Set.of(Roles.PARTNER), Set.of(), false);
        Caller board = new Caller("maria", "Maria", coordinator.organisationId(), Set.of(Roles.BOARD_MEMBER), Set.of(),
                false);
        Caller admin = new Caller("sara", "Sara", coordinator.organisationId(), Set.of(Roles.ADMINISTRATOR), Set.of(),
                false);
        Caller otherCoordinator = new Caller("bo", "Bo", coordinator.organisationId(), Set.of(Roles.COORDINATOR),
                Set.of(-1L), false);
        for (Caller c : List.of(partner, board)) {
            assertThrows(AccessDenied.class, () -> as(c, () -> audit.latest(10)), c.username());
        }
        assertThrows(AccessDenied.class, () -> as(otherCoordinator, () -> audit.ofAgreement(built.agreementId(), 10)));
        assertTrue(as(otherCoordinator, () -> audit.latest(100)).stream()
                .allMatch(e -> e.agreementId() != null && e.agreementId() == -1L), "only what they coordinate");
        assertFalse(as(coordinator, () -> audit.ofAgreement(built.agreementId(), 10)).isEmpty());
        assertTrue(as(admin, () -> audit.count(AuditQuery.ALL)) > 0);
    }

    @Test
    void aRefusalIsRecordedEvenThoughWhatWasRefusedRollsBack() throws Exception {
        long police = callers.runAs(Caller.SYSTEM, () -> agreements.structure(built.agreementId()).orElseThrow()
                .party(built.policeParty()).orElseThrow().organisationId());
        Caller partner = new Caller("erik-" + System.nanoTime() % 10_000, "Erik", police, Set.of(Roles.PARTNER),
                Set.of(), false);
        tx.begin();
        try {
            callers.runAs(partner, () -> audit.refused("edit activities", "/agreement-edit?id=" + built.agreementId()));
        } finally {
            tx.rollback();
        }
        Caller admin = new Caller("sara", "Sara", police, Set.of(Roles.ADMINISTRATOR), Set.of(), false);
        List<AuditEntryView> refusals = as(admin, () -> audit.search(new AuditQuery(null, partner.username(), "ACCESS",
                null, null), 0, 10));
        assertEquals(1, refusals.size());
        assertEquals("REFUSED", refusals.get(0).action());
        assertEquals(police, refusals.get(0).actorOrganisationId());
        assertTrue(refusals.get(0).summary().contains("/agreement-edit?id=" + built.agreementId()));
    }

    @Test
    void aServiceRecordsTheRequestItRefusedWithTheIdsItWasGiven() {
        long police = callers.runAs(Caller.SYSTEM, () -> agreements.structure(built.agreementId()).orElseThrow()
                .party(built.policeParty()).orElseThrow().organisationId());
        Caller partner = new Caller("erik-" + System.nanoTime() % 10_000, "Erik", police, Set.of(Roles.PARTNER),
                Set.of(), false);
        assertThrows(AccessDenied.class, () -> as(partner, () -> activityEditing.create(built.agreementId(),
                Fixtures.activity(built.areaId(), null, "X-1", built.policeParty(), Set.of(), 1))));
        assertThrows(AccessDenied.class, () -> as(partner, () -> followUps.open(built.agreementId(),
                new FollowUpDraft(FollowUpKind.ANNUAL, "X", LocalDate.now(), LocalDate.now()))));
        Caller admin = new Caller("sara", "Sara", police, Set.of(Roles.ADMINISTRATOR), Set.of(), false);
        List<String> refusals = as(admin, () -> audit.search(new AuditQuery(null, partner.username(), "ACCESS", null,
                null), 0, 10)).stream().map(AuditEntryView::summary).toList();
        assertEquals(2, refusals.size(), "each refusal once, nested calls included: " + refusals);
        assertTrue(refusals.stream().anyMatch(r -> r.startsWith("edit activities at ActivityEditingBean.create("
                + built.agreementId() + ", ActivityDraft)")), refusals.toString());
        assertTrue(refusals.stream().anyMatch(r -> r.contains("FollowUpServiceBean.open(" + built.agreementId())),
                refusals.toString());

        // The coordinator's own request, replayed with another agreement's id: refused and recorded with that id.
        Fixtures.Built other = callers.runAs(Caller.SYSTEM, () -> Fixtures.build(this));
        Caller replaying = new Caller("anna-" + System.nanoTime() % 10_000, "Anna", coordinator.organisationId(),
                Set.of(Roles.COORDINATOR), Set.of(built.agreementId()), false);
        assertThrows(AccessDenied.class, () -> as(replaying, () -> activityEditing.create(other.agreementId(),
                Fixtures.activity(other.areaId(), null, "X-2", other.policeParty(), Set.of(), 1))));
        assertTrue(as(admin, () -> audit.search(new AuditQuery(null, replaying.username(), "ACCESS", null, null), 0, 5))
                .stream().anyMatch(e -> e.summary().contains("ActivityEditingBean.create(" + other.agreementId())));
    }

    @Test
    void anOnlineBackupHoldsTheDataAsItWasWhenTaken() throws SQLException, IOException {
        Caller admin = new Caller("sara", "Sara", coordinator.organisationId(), Set.of(Roles.ADMINISTRATOR), Set.of(),
                false);
        if (refusedOnPostgresql(admin)) {
            return;
        }
        long police = callers.runAs(Caller.SYSTEM, () -> agreements.structure(built.agreementId()).orElseThrow()
                .party(built.policeParty()).orElseThrow().organisationId());
        Caller partner = new Caller("erik", "Erik", police, Set.of(Roles.PARTNER), Set.of(), false);
        assertThrows(AccessDenied.class, () -> as(partner, () -> backups.backUpNow()));

        long before = as(coordinator, () -> activities.activitiesOf(built.agreementId())).size();
        Backups.Backup made = as(admin, () -> backups.backUpNow());
        assertTrue(as(admin, () -> backups.list()).stream().anyMatch(b -> b.name().equals(made.name())));
        // Changed after the backup: not in it.
        as(coordinator, () -> activityEditing.create(built.agreementId(), Fixtures.activity(built.areaId(), null, "B-1",
                built.policeParty(), Set.of(), 1)));
        assertEquals(before + 1, as(coordinator, () -> activities.activitiesOf(built.agreementId())).size());

        // The backup is a whole database: opened on its own, it holds what was there when it was taken.
        org.apache.derby.jdbc.EmbeddedDataSource copy = new org.apache.derby.jdbc.EmbeddedDataSource();
        copy.setDatabaseName(made.folder().resolve("samspar").toString());
        try (Connection c = copy.getConnection(); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT COUNT(*) FROM ACT_ACTIVITY WHERE AGREEMENT_ID = "
                     + built.agreementId())) {
            r.next();
            assertEquals(before, r.getLong(1));
        } finally {
            copy.setShutdownDatabase("shutdown");
            try {
                copy.getConnection().close();
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception.
            }
        }
        assertTrue(as(admin, () -> audit.search(new AuditQuery(null, "sara", "BACKUP", null, null), 0, 5)).stream()
                .anyMatch(e -> e.summary().startsWith(made.name())));

        // What a crash left half-written is never listed, and the next backup clears it away; a second backup in
        // the same second gets a name of its own.
        Path left = made.folder().resolveSibling("incomplete-" + made.name()).resolve("samspar");
        Files.createDirectories(left);
        Files.writeString(left.resolve("service.properties"), "cut short");
        assertTrue(as(admin, () -> backups.list()).stream().noneMatch(b -> b.name().contains("incomplete")));
        Backups.Backup next = as(admin, () -> backups.backUpNow());
        assertNotEquals(made.name(), next.name());
        assertFalse(Files.exists(left.getParent()), "the incomplete backup is deleted");
        assertTrue(as(admin, () -> backups.list()).stream().map(Backups.Backup::name).toList()
                .containsAll(List.of(made.name(), next.name())));
    }

    @Test
    void manualBackupsNeverDeleteTheScheduledOnes() throws IOException {
        Caller admin = new Caller("sara", "Sara", coordinator.organisationId(), Set.of(Roles.ADMINISTRATOR), Set.of(),
                false);
        if (refusedOnPostgresql(admin)) {
            return;
        }
        Path folder = as(admin, () -> backups.backUpNow()).folder().getParent();
        // Three backups as the schedule names them (older than any taken here), then "Back up now" eight times.
        List<String> scheduled = List.of("samspar-20200101-020000", "samspar-20200102-020000", "samspar-20200103-020000");
        for (String name : scheduled) {
            Files.createDirectories(folder.resolve(name).resolve("samspar"));
        }
        for (int i = 0; i < 8; i++) {
            as(admin, () -> backups.backUpNow());
        }
        List<String> kept = as(admin, () -> backups.list()).stream().map(Backups.Backup::name).toList();
        assertTrue(kept.containsAll(scheduled), "the scheduled backups stay: " + kept);
        assertEquals(7, kept.stream().filter(n -> n.startsWith("samspar-manual-")).count(),
                "the newest 7 manual ones (samspar.backup.keep-manual): " + kept);
        assertTrue(kept.get(0).startsWith("samspar-manual-"), "newest first: " + kept);
    }

    @Test
    void signInsAndFailedSignInsAreRecorded() {
        String username = "inlogg" + System.nanoTime() % 1_000_000;
        callers.runAs(Caller.SYSTEM, () -> accounts.create(new NewUser(username, "Inge Logg", null,
                coordinator.organisationId(), Set.of(Roles.PARTNER), Set.of(), "fyra ord i rad")));
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential(username, "fel lösenord här")).getStatus());
        assertEquals(CredentialValidationResult.Status.VALID,
                identityStore.validate(new UsernamePasswordCredential(username, "fyra ord i rad")).getStatus());
        identityStore.validate(new UsernamePasswordCredential("finns-inte-" + username, "vad som helst här"));
        Caller admin = new Caller("sara", "Sara", coordinator.organisationId(), Set.of(Roles.ADMINISTRATOR), Set.of(),
                false);
        List<String> mine = as(admin, () -> audit.search(new AuditQuery(null, username, "SIGN_IN", null, null), 0, 10))
                .stream().map(e -> e.action() + " " + e.summary()).toList();
        assertEquals(List.of("SIGNED_IN SIGNED_IN", "SIGN_IN_FAILED WRONG_PASSWORD"), mine);
        assertEquals(1, as(admin, () -> audit.search(new AuditQuery(null, "finns-inte-" + username, "SIGN_IN", null,
                null), 0, 10)).size());
    }

    /**
     * Issue 12: the trail is paged by keyset — each page read on after the entry the one before ended with, entries of
     * the same instant ordered by id — and a page reached by jumping (positionBefore) starts where reading on would.
     */
    @Test
    void theTrailPagesByKeysetInItsOrderAcrossEqualTimesAndPastTheEnd() throws SQLException {
        java.time.LocalDateTime t = java.time.LocalDateTime.of(2020, 1, 1, 12, 0);
        // Inserted out of time order, so ids and times disagree; three at one instant, two at another.
        List<java.time.LocalDateTime> times = List.of(t.plusMinutes(1), t, t.plusMinutes(3), t, t.plusMinutes(2),
                t.plusMinutes(1), t);
        try (Connection c = dataSource.getConnection(); java.sql.PreparedStatement insert = c.prepareStatement(
                "INSERT INTO AUD_ENTRY (OCCURRED_AT, ACTOR, AGREEMENT_ID, SUBJECT, SUBJECT_ID, ACTION, SUMMARY)"
                        + " VALUES (?, 'anna', ?, 'AGREEMENT', ?, 'UPDATED', ?)")) {
            for (int i = 0; i < times.size(); i++) {
                insert.setTimestamp(1, java.sql.Timestamp.valueOf(times.get(i)));
                insert.setLong(2, built.agreementId());
                insert.setLong(3, built.agreementId());
                insert.setString(4, "k" + i);
                insert.executeUpdate();
            }
        }
        AuditQuery q = new AuditQuery(built.agreementId(), null, null, t.toLocalDate(), t.toLocalDate());
        Caller admin = admin();
        List<AuditEntryView> all = as(admin, () -> audit.search(q, 0, 100));
        assertEquals(7, all.size(), all.toString());
        assertEquals(7L, as(admin, () -> audit.count(q)));
        for (int i = 1; i < all.size(); i++) {
            AuditEntryView newer = all.get(i - 1);
            AuditEntryView older = all.get(i);
            assertTrue(newer.occurredAt().isAfter(older.occurredAt()) || newer.occurredAt().equals(older.occurredAt())
                    && newer.id() > older.id(), "newest first, then by id: " + all);
        }
        for (Caller reader : List.of(admin, coordinator)) {
            List<AuditEntryView> walked = new ArrayList<>();
            AuditPosition position = null;
            for (int page = 0; page < 4; page++) {
                AuditPosition from = position;
                List<AuditEntryView> rows = as(reader, () -> audit.after(q, from, 3));
                assertEquals(page < 2 ? 3 : page == 2 ? 1 : 0, rows.size(), "page " + page + " of " + all);
                walked.addAll(rows);
                position = rows.isEmpty() ? position : AuditPosition.of(rows.get(rows.size() - 1));
            }
            assertEquals(all, walked, reader.username() + " reads on page after page, the tie at a page's end kept");
            assertEquals(AuditPosition.of(all.get(2)), as(reader, () -> audit.positionBefore(q, 3)));
            assertEquals(all.subList(3, 6), as(reader, () -> audit.search(q, 3, 3)), "a jump to the second page");
            assertEquals(all.subList(6, 7), as(reader, () -> audit.search(q, 6, 3)), "a jump to the last page");
            assertEquals(List.of(), as(reader, () -> audit.search(q, 7, 3)), "past the end");
            assertEquals(null, as(reader, () -> audit.positionBefore(q, 0)));
            assertEquals(null, as(reader, () -> audit.positionBefore(q, 8)));
        }
    }

    /** The audit page's two lookups per page of rows: activities' references and people's names, each one query. */
    @Test
    void activityReferencesAndPeoplesNamesAreReadForAPageAtOnce() {
        long first = as(coordinator, () -> activityEditing.create(built.agreementId(), Fixtures.activity(built.areaId(),
                null, "REF-1", built.policeParty(), Set.of(), 1)));
        long second = as(coordinator, () -> activityEditing.create(built.agreementId(), Fixtures.activity(built.areaId(),
                null, "REF-2", built.policeParty(), Set.of(), 1)));
        assertEquals(Map.of(first, "REF-1", second, "REF-2"),
                as(coordinator, () -> activityReferences.of(List.of(first, second, -7L))));
        assertEquals(Map.of(first, "REF-1"), as(admin(), () -> activityReferences.of(List.of(first))));
        Caller elsewhere = new Caller("olle", "Olle", coordinator.organisationId(), Set.of(Roles.COORDINATOR),
                Set.of(-1L), false);
        assertEquals(Map.of(), as(elsewhere, () -> activityReferences.of(List.of(first, second))),
                "a coordinator of another agreement reads none of them");
        String username = unique("namn");
        newAccount(username);
        assertEquals(Map.of(username, "Test Testsson"),
                as(coordinator, () -> userNames.displayNames(List.of(username, "finns-inte-" + username))));
    }

    // ---- Sign-in hardening: failures counted in the database, growing delays, pseudonyms, password changes

    private static final String RIGHT = "rätt lösenord i rad";
    private static final String WRONG = "fel lösenord i rad";

    private Caller admin() {
        return new Caller("sara", "Sara", coordinator.organisationId(), Set.of(Roles.ADMINISTRATOR), Set.of(), false);
    }

    /** A fresh account with the password {@link #RIGHT}, as an administrator creates it. */
    private long newAccount(String username) {
        return as(admin(), () -> accounts.create(new NewUser(username, "Test Testsson", null,
                coordinator.organisationId(), Set.of(Roles.PARTNER), Set.of(), RIGHT)));
    }

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 100_000_000;
    }

    private CredentialValidationResult.Status signIn(String username, String password, String address) {
        return identityStore.validate(new SignInCredential(username, password, address)).getStatus();
    }

    private List<String> outcomes(String actor) {
        return as(admin(), () -> audit.search(new AuditQuery(null, actor, "SIGN_IN", null, null), 0, 100)).stream()
                .map(AuditEntryView::summary).toList();
    }

    private UserView view(long id) {
        return as(admin(), () -> accounts.find(id).orElseThrow());
    }

    @Test
    void theHourlySweepDeletesCountersADayPastForgettingAndKeepsFreshOnes() throws SQLException {
        String address = "10.60." + System.nanoTime() % 200 + ".7";
        assertEquals(CredentialValidationResult.Status.INVALID, signIn(unique("svept"), WRONG, address));
        MovableClock.moveForward(Duration.ofHours(26));
        String freshAddress = "10.61." + System.nanoTime() % 200 + ".7";
        assertEquals(CredentialValidationResult.Status.INVALID, signIn(unique("kvar"), WRONG, freshAddress));
        long before = throttleRows();
        int swept = sweep.sweep();
        assertTrue(swept >= 2, "the old username's and address's counters, at least: " + swept);
        assertEquals(before - swept, throttleRows());
        java.sql.Timestamp cutoff = java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(clock).minusHours(25));
        try (Connection c = dataSource.getConnection(); var s = c.prepareStatement("SELECT COUNT(*) FROM"
                + " IDN_SIGN_IN_THROTTLE WHERE LAST_FAILURE_AT >= ?")) {
            s.setTimestamp(1, cutoff);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertTrue(r.getLong(1) >= 2, "the fresh username's and address's counters stay");
            }
        }
        assertEquals(0, sweep.sweep(), "nothing left to sweep");
    }

    private long throttleRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM IDN_SIGN_IN_THROTTLE")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void twentyParallelWrongGuessesAreEachCountedAndEachRecorded() throws Exception {
        String username = unique("parallell");
        long id = newAccount(username);
        int guesses = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CredentialValidationResult.Status>> results = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            String address = "10.20." + (System.nanoTime() % 200) + "." + i;
            results.add(executor.submit(() -> {
                start.await();
                return signIn(username, WRONG + " " + address, address);
            }));
        }
        start.countDown();
        for (Future<CredentialValidationResult.Status> r : results) {
            assertEquals(CredentialValidationResult.Status.INVALID, r.get(60, TimeUnit.SECONDS));
        }
        assertEquals(guesses, view(id).failedSignIns(), "every guess counted, none lost to a collision");
        List<String> recorded = outcomes(username);
        assertEquals(guesses, recorded.size(), "every guess recorded: " + recorded);
        // The row lock queues them: the first five have their password checked, the fifth starts the wait.
        assertEquals(5, recorded.stream().filter("WRONG_PASSWORD"::equals).count(), recorded.toString());
        assertEquals(guesses - 5, recorded.stream().filter("DELAYED"::equals).count(), recorded.toString());
        assertTrue(view(id).lockedUntil() != null, "the administrator sees the wait");
    }

    @Test
    void afterFiveFailuresAUsernameWaitsEvenWithTheRightPasswordAndTheWaitDoublesUpToTheCap() {
        String username = unique("vanta");
        long id = newAccount(username);
        for (int i = 0; i < 5; i++) {
            assertEquals(CredentialValidationResult.Status.INVALID, signIn(username, WRONG, "10.30.0." + i));
        }
        // The right password, from an address never seen: refused during the wait, and the wait is not renewed.
        assertEquals(CredentialValidationResult.Status.INVALID, signIn(username, RIGHT, "10.30.1.1"));
        // 25 s, not 29: the sign-ins themselves take real time (a password hash each) on a loaded machine.
        MovableClock.moveForward(Duration.ofSeconds(25));
        assertEquals(CredentialValidationResult.Status.INVALID, signIn(username, RIGHT, "10.30.1.2"));
        MovableClock.moveForward(Duration.ofSeconds(6));
        assertEquals(CredentialValidationResult.Status.VALID, signIn(username, RIGHT, "10.30.1.3"),
                "30 s after the fifth failure, however many attempts came in between");
        assertEquals(0, view(id).failedSignIns(), "a successful sign-in clears the count");
        assertEquals(null, view(id).lockedUntil());

        // Again five failures, then one more each time the wait ends: each wait twice the one before, up to
        // the cap of five minutes, which no further failure makes longer.
        for (int i = 0; i < 5; i++) {
            signIn(username, WRONG, "10.31.0." + i);
        }
        assertWaits(id, 30);
        long previous = 30;
        for (long wait : new long[] {60, 120, 240, 300, 300}) {
            MovableClock.moveForward(Duration.ofSeconds(previous + 1));
            assertEquals(CredentialValidationResult.Status.INVALID, signIn(username, WRONG, "10.31.1." + wait));
            assertWaits(id, wait);
            previous = wait;
        }
        MovableClock.moveForward(Duration.ofSeconds(301));
        assertEquals(CredentialValidationResult.Status.VALID, signIn(username, RIGHT, "10.31.3.1"));
        List<String> recorded = outcomes(username);
        assertTrue(recorded.contains("DELAYED") && recorded.contains("WRONG_PASSWORD")
                && recorded.get(0).equals("SIGNED_IN"), recorded.toString());
    }

    /** The account's sign-ins wait about {@code seconds} from now (the clock the application uses). */
    private void assertWaits(long id, long seconds) {
        java.time.LocalDateTime until = view(id).lockedUntil();
        assertTrue(until != null, "a wait after the failures");
        long left = Duration.between(java.time.LocalDateTime.now(clock), until).toSeconds();
        assertTrue(left > seconds - 5 && left <= seconds, "waits " + left + " s, expected " + seconds);
    }

    @Test
    void anUnknownUsernameWaitsLikeAKnownOneAndIsRecordedOnlyAsItsPseudonym() throws SQLException {
        String typed = "Hemligt-Lösen0rd-" + System.nanoTime() % 100_000;
        for (int i = 0; i < 5; i++) {
            assertEquals(CredentialValidationResult.Status.INVALID, signIn(typed, WRONG, "10.40.0." + i));
        }
        assertEquals(CredentialValidationResult.Status.INVALID, signIn(typed, WRONG, "10.40.1.1"));
        List<String> recorded = outcomes(typed);
        assertEquals(List.of("DELAYED", "UNKNOWN_USER", "UNKNOWN_USER", "UNKNOWN_USER", "UNKNOWN_USER",
                "UNKNOWN_USER"), recorded, "found by the typed name, through its pseudonym");
        List<AuditEntryView> entries = as(admin(), () -> audit.search(new AuditQuery(null, typed, "SIGN_IN", null,
                null), 0, 10));
        assertTrue(entries.stream().allMatch(e -> e.actor().matches("\\?[0-9a-f]{16}")), entries.toString());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM AUD_ENTRY WHERE LOWER(ACTOR) LIKE '%hemligt%'"
                     + " OR LOWER(SUMMARY) LIKE '%hemligt%' OR LOWER(CAST(CHANGES AS VARCHAR(32000))) LIKE '%hemligt%'")) {
            r.next();
            assertEquals(0, r.getLong(1), "what was typed as a username is nowhere in the trail");
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM IDN_SIGN_IN_THROTTLE WHERE LOWER(KEY_HASH) LIKE '%hemligt%'"
                     + " OR KEY_HASH LIKE '10.%'")) {
            r.next();
            assertEquals(0, r.getLong(1), "nor in the throttle, which keeps keyed hashes only");
        }
    }

    @Test
    void anAddressWithTwentyFailuresWaitsWhicheverUsernameItTries() {
        String address = "10.50." + System.nanoTime() % 200 + ".9";
        for (int i = 0; i < 20; i++) {
            assertEquals(CredentialValidationResult.Status.INVALID, signIn(unique("gissning" + i), WRONG, address));
        }
        String username = unique("adress");
        newAccount(username);
        assertEquals(CredentialValidationResult.Status.INVALID, signIn(username, RIGHT, address),
                "the address waits, whoever it signs in as");
        assertEquals(CredentialValidationResult.Status.VALID, signIn(username, RIGHT, "10.51.0.1"),
                "another address does not; the refused attempt did not start a wait for the username");
        MovableClock.moveForward(Duration.ofSeconds(31));
        assertEquals(CredentialValidationResult.Status.VALID, signIn(username, RIGHT, address));
    }

    @Test
    void aRefusalTakesAsLongForAnUnknownUserAsForAKnownOne() {
        String known = unique("tid");
        newAccount(known);
        signIn(unique("uppvärmning"), WRONG, "10.60.0.1");
        List<Long> unknownTimes = new ArrayList<>();
        List<Long> knownTimes = new ArrayList<>();
        List<Long> delayedTimes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            signIn(unique("okänd"), WRONG, "10.60.1." + i);
            long t1 = System.nanoTime();
            signIn(known, WRONG, "10.60.2." + i);
            long t2 = System.nanoTime();
            unknownTimes.add(t1 - t0);
            knownTimes.add(t2 - t1);
        }
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            signIn(known, RIGHT, "10.60.3." + i);
            delayedTimes.add(System.nanoTime() - t0);
        }
        double unknown = median(unknownTimes);
        double wrong = median(knownTimes);
        double delayed = median(delayedTimes);
        System.out.printf("Refusal times (median of 5): unknown user %.0f ms, known user with a wrong password %.0f ms,"
                + " known user during the wait %.0f ms%n", unknown / 1e6, wrong / 1e6, delayed / 1e6);
        assertTrue(unknown / wrong > 0.5 && unknown / wrong < 2, unknownTimes + " vs " + knownTimes);
        assertTrue(delayed / wrong > 0.5 && delayed / wrong < 2, delayedTimes + " vs " + knownTimes);
    }

    private static double median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void anAdministratorsPasswordMustBeChangedTheUsersOwnNeedsTheCurrentOneAndEachEndsOtherSessions()
            throws SQLException {
        String username = unique("byte");
        long id = newAccount(username);
        assertTrue(view(id).mustChangePassword(), "an administrator's new account must change its password");
        long bySystem = callers.runAs(Caller.SYSTEM, () -> accounts.create(new NewUser(unique("system"), "S", null,
                coordinator.organisationId(), Set.of(Roles.PARTNER), Set.of(), RIGHT, false)));
        assertFalse(view(bySystem).mustChangePassword(), "only the system (the demo users) may waive it");
        long waivedByAdmin = as(admin(), () -> accounts.create(new NewUser(unique("admin"), "A", null,
                coordinator.organisationId(), Set.of(Roles.PARTNER), Set.of(), RIGHT, false)));
        assertTrue(view(waivedByAdmin).mustChangePassword(), "an administrator cannot waive it");

        Caller user = new Caller(username, "Test Testsson", coordinator.organisationId(), Set.of(Roles.PARTNER),
                Set.of(), false);
        int epoch = epoch(username);
        InvalidInput wrongCurrent = assertThrows(InvalidInput.class,
                () -> as(user, () -> accounts.changeOwnPassword(WRONG, "ett helt nytt lösenord")));
        assertEquals("currentPassword", wrongCurrent.problems().get(0).field());
        assertFalse(wrongCurrent.problems().get(0).message(Locales.SWEDISH).isBlank());
        InvalidInput common = assertThrows(InvalidInput.class,
                () -> as(user, () -> accounts.changeOwnPassword(RIGHT, "thecakeisalie")));
        assertEquals("newPassword", common.problems().get(0).field());
        assertEquals("newPassword", assertThrows(InvalidInput.class,
                () -> as(user, () -> accounts.changeOwnPassword(RIGHT, RIGHT))).problems().get(0).field());
        assertThrows(AccessDenied.class, () -> callers.runAs(Caller.ANONYMOUS,
                () -> accounts.changeOwnPassword(RIGHT, "ett helt nytt lösenord")));
        assertEquals(epoch, epoch(username), "nothing changed by a refused change");
        assertTrue(view(id).mustChangePassword());

        int changed = as(user, () -> accounts.changeOwnPassword(RIGHT, "ett helt nytt lösenord"));
        assertEquals(epoch + 1, changed, "sessions signed in before the change end");
        assertEquals(changed, epoch(username));
        assertFalse(view(id).mustChangePassword(), "changed by its user: no more demand");
        assertEquals(CredentialValidationResult.Status.INVALID, signIn(username, RIGHT, "10.70.0.1"));
        assertEquals(CredentialValidationResult.Status.VALID, signIn(username, "ett helt nytt lösenord", "10.70.0.2"));

        as(admin(), () -> {
            accounts.resetPassword(id, "återställt av admin");
            return null;
        });
        assertTrue(view(id).mustChangePassword(), "a reset password must be changed again");
        assertEquals(changed + 1, epoch(username), "a reset ends the user's sessions");
        assertEquals(CredentialValidationResult.Status.VALID, signIn(username, "återställt av admin", "10.70.0.3"));
        assertTrue(as(admin(), () -> audit.search(new AuditQuery(null, "sara", "USER_ACCOUNT", null, null), 0, 50)).stream()
                .anyMatch(e -> e.summary().contains(username + " password reset")));
    }

    private int epoch(String username) throws SQLException {
        try (Connection c = dataSource.getConnection();
             var s = c.prepareStatement("SELECT SESSION_EPOCH FROM IDN_USER_ACCOUNT WHERE USERNAME = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /**
     * On PostgreSQL (the postgres profile) Samspår takes no backups of its own — the database's tools do
     * (docs/operations.md) — and says so when asked; true there, after checking that refusal.
     */
    private boolean refusedOnPostgresql(Caller admin) {
        if (backups.takenByTheApplication()) {
            return false;
        }
        assertThrows(IllegalStateException.class, () -> as(admin, () -> backups.backUpNow()));
        return true;
    }
}
