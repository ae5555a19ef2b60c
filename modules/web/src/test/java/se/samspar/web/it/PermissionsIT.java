package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.PublicItem;
import se.samspar.actionplan.api.PublicProgress;
import se.samspar.actionplan.api.PublicationDraft;
import se.samspar.actionplan.api.PublicationView;
import se.samspar.actionplan.api.PublishedKind;
import se.samspar.actionplan.api.Publishing;
import se.samspar.audit.api.AuditEntryView;
import se.samspar.platform.api.InvalidInput;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.OrganisationDraft;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.agreement.api.PartyDraft;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.identity.api.NewUser;
import se.samspar.identity.api.UserDetails;
import se.samspar.identity.api.UserView;
import se.samspar.audit.api.AuditTrail;
import se.samspar.platform.api.Refusal;
import se.samspar.platform.api.StaleEdit;
import java.util.List;
import se.samspar.identity.api.UserAccounts;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.Roles;

/**
 * Every role × every action × own versus another agreement or organisation, on the services:
 * allowed, or refused with AccessDenied — exactly as a crafted request would meet it.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionsIT extends WithServices {

    @Inject
    UserAccounts accounts;
    @Inject
    AuditTrail audit;
    @Inject
    Publishing publishing;
    @Inject
    PublicProgress publicProgress;

    private Fixtures.Built mine;
    private Fixtures.Built other;
    private long policeLeads;
    private long municipalityLeads;
    private long otherActivity;
    private long municipality;
    private long police;
    private Caller coordinator;
    private Caller otherCoordinator;
    private Caller policePartner;
    private Caller municipalityPartner;
    private Caller board;
    private Caller admin;
    private Caller outsider;

    @BeforeEach
    void build() {
        callers.runAs(Caller.SYSTEM, () -> {
            mine = Fixtures.build(this);
            other = Fixtures.build(this);
            policeLeads = activityEditing.create(mine.agreementId(), Fixtures.activity(mine.areaId(), null, "P-1",
                    mine.policeParty(), Set.of(), 1));
            municipalityLeads = activityEditing.create(mine.agreementId(), Fixtures.activity(mine.areaId(), null, "M-1",
                    mine.municipalityParty(), Set.of(mine.policeParty()), 1));
            otherActivity = activityEditing.create(other.agreementId(), Fixtures.activity(other.areaId(), null, "O-1",
                    other.policeParty(), Set.of(), 1));
            AgreementStructure s = agreements.structure(mine.agreementId()).orElseThrow();
            municipality = s.party(mine.municipalityParty()).orElseThrow().organisationId();
            police = s.party(mine.policeParty()).orElseThrow().organisationId();
            long outsiderOrganisation = organisations.create(new OrganisationDraft(Fixtures.unique("Utomstående"),
                    null, OrganisationType.OTHER, null));
            coordinator = caller("anna", municipality, Roles.COORDINATOR, mine.agreementId());
            otherCoordinator = caller("bo", municipality, Roles.COORDINATOR, other.agreementId());
            policePartner = caller("erik", police, Roles.PARTNER, null);
            municipalityPartner = caller("karin", municipality, Roles.PARTNER, null);
            board = caller("maria", municipality, Roles.BOARD_MEMBER, null);
            admin = caller("sara", municipality, Roles.ADMINISTRATOR, null);
            outsider = caller("olle", outsiderOrganisation, Roles.PARTNER, null);
        });
    }

    private static Caller caller(String name, long organisation, String role, Long coordinated) {
        return new Caller(name, name, organisation, Set.of(role), coordinated == null ? Set.of() : Set.of(coordinated),
                false);
    }

    private void allowed(Caller caller, Runnable action, String what) {
        try {
            callers.runAs(caller, action);
        } catch (AccessDenied e) {
            fail(caller.username() + " should be allowed to " + what + " but was refused: " + e.getMessage());
        }
    }

    private void refused(Caller caller, Runnable action, String what) {
        assertThrows(AccessDenied.class, () -> callers.runAs(caller, action),
                caller.username() + " must not be allowed to " + what);
    }

    private StatusReport report() {
        return Fixtures.report(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 30);
    }

    @Test
    void seeingAnAgreementNeedsAPartyOrganisationOrCoordinatorRightsOrAdministrator() {
        for (Caller c : new Caller[] {coordinator, policePartner, municipalityPartner, board, admin}) {
            allowed(c, () -> agreements.structure(mine.agreementId()), "see their agreement");
            allowed(c, () -> activities.activitiesOf(mine.agreementId()), "list its activities");
            allowed(c, () -> activities.history(policeLeads), "read an activity's history");
        }
        refused(outsider, () -> agreements.structure(mine.agreementId()), "see an agreement it is not party to");
        refused(outsider, () -> activities.find(policeLeads), "see an activity of it");
        refused(outsider, () -> activities.history(policeLeads), "read its history");
        refused(outsider, () -> activities.progress(mine.agreementId()), "read its progress");
        refused(Caller.ANONYMOUS, () -> agreements.structure(mine.agreementId()), "see anything signed out");
    }

    @Test
    void theAgreementListShowsOnlyVisibleAgreements() {
        var seenByOutsider = callers.runAs(outsider, () -> agreements.agreements());
        assertTrue(seenByOutsider.stream().noneMatch(a -> a.id() == mine.agreementId()));
        var seenByPolice = callers.runAs(policePartner, () -> agreements.agreements());
        assertTrue(seenByPolice.stream().anyMatch(a -> a.id() == mine.agreementId()));
        assertFalse(seenByPolice.stream().anyMatch(a -> a.id() == other.agreementId()),
                "the test's police organisation is party to its own agreement only");
        var seenByAdmin = callers.runAs(admin, () -> agreements.agreements());
        assertTrue(seenByAdmin.stream().anyMatch(a -> a.id() == other.agreementId()));
    }

    @Test
    void onlyTheAgreementsCoordinatorsEditItsStructure() {
        Runnable addArea = () -> areaEditing.addPriorityArea(mine.agreementId(),
                new PriorityAreaDraft("A" + Math.abs(System.nanoTime() % 100000), "Nytt område", null));
        Runnable addGoal = () -> areaEditing.addGoal(mine.areaId(), new GoalDraft(null, "Nytt mål", null));
        Runnable addParty = () -> partyEditing.addParty(mine.agreementId(), new PartyDraft(
                organisations.create(new OrganisationDraft(Fixtures.unique("Ny part"), null, OrganisationType.OTHER,
                        null)), null, null, null, null));
        allowed(coordinator, addArea, "add an area to their agreement");
        allowed(coordinator, addGoal, "add a goal");
        for (Caller c : new Caller[] {otherCoordinator, policePartner, municipalityPartner, board, admin, outsider}) {
            refused(c, addArea, "add an area to someone else's agreement");
            refused(c, addGoal, "add a goal to someone else's agreement");
            refused(c, () -> activityEditing.create(mine.agreementId(), Fixtures.activity(mine.areaId(), null,
                    "X-" + c.username(), mine.policeParty(), Set.of(), 1)), "create an activity");
            long version = callers.runAs(Caller.SYSTEM, () -> activities.find(policeLeads).orElseThrow().version());
            refused(c, () -> activityEditing.update(policeLeads, version, Fixtures.activity(mine.areaId(), null, "P-1",
                    mine.policeParty(), Set.of(), 2)), "edit an activity");
        }
        refused(policePartner, addParty, "add a party");
    }

    @Test
    void rule5DecidesWhoReports() {
        allowed(coordinator, () -> statusUpdates.report(policeLeads, report()), "report as coordinator");
        allowed(coordinator, () -> statusUpdates.report(municipalityLeads, report()), "report as coordinator");
        allowed(policePartner, () -> statusUpdates.report(policeLeads, report()), "report on an activity police lead");
        refused(policePartner, () -> statusUpdates.report(municipalityLeads, report()),
                "report on an activity police only take part in");
        refused(policePartner, () -> statusUpdates.report(otherActivity, report()),
                "report on another agreement's activity");
        allowed(municipalityPartner, () -> statusUpdates.report(municipalityLeads, report()),
                "report on its organisation's activity");
        refused(municipalityPartner, () -> statusUpdates.report(policeLeads, report()), "report on the police's activity");
        for (Caller c : new Caller[] {board, admin, outsider, otherCoordinator, Caller.ANONYMOUS}) {
            refused(c, () -> statusUpdates.report(policeLeads, report()), "report");
        }
        for (Caller c : new Caller[] {board, admin, outsider, Caller.ANONYMOUS}) {
            refused(c, () -> statusUpdates.report(municipalityLeads, report()), "report");
        }
        // A coordinator of another agreement is still a user of the lead party's organisation here.
        allowed(otherCoordinator, () -> statusUpdates.report(municipalityLeads, report()),
                "report on its organisation's activity");
        assertTrue(callers.runAs(policePartner, () -> statusUpdates.mayReport(policeLeads)));
        assertFalse(callers.runAs(policePartner, () -> statusUpdates.mayReport(municipalityLeads)));
        assertFalse(callers.runAs(board, () -> statusUpdates.mayReport(municipalityLeads)));
    }

    @Test
    void theReporterIsTheCallerWhateverTheRequestSays() {
        StatusReport forged = new StatusReport(ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 40, null, null,
                "Someone Else", municipality);
        callers.runAs(policePartner, () -> statusUpdates.report(policeLeads, forged));
        var latest = callers.runAs(Caller.SYSTEM, () -> activities.history(policeLeads).get(0));
        assertEquals("erik", latest.reportedBy());
        assertEquals(police, latest.reporterOrganisationId());
    }

    @Test
    void historyImportIsForTheSystemOnly() {
        for (Caller c : new Caller[] {coordinator, admin}) {
            refused(c, () -> statusUpdates.importUpdate(policeLeads, report(), LocalDateTime.of(2025, 3, 1, 10, 0)),
                    "import status history");
        }
    }

    @Test
    void organisationsAndUsersAreForAdministrators() {
        Runnable newOrganisation = () -> organisations.create(new OrganisationDraft(Fixtures.unique("Org"), null,
                OrganisationType.OTHER, null));
        Runnable newUser = () -> accounts.create(new NewUser("u" + Math.abs(System.nanoTime() % 1000000), "Ny användare",
                null, municipality, Set.of(Roles.PARTNER), Set.of(), "ett-langt-losenord"));
        allowed(admin, newOrganisation, "create an organisation");
        allowed(admin, newUser, "create a user");
        allowed(admin, () -> accounts.all(), "list users");
        for (Caller c : new Caller[] {coordinator, policePartner, board, outsider}) {
            refused(c, newOrganisation, "create an organisation");
            refused(c, newUser, "create a user");
            refused(c, () -> accounts.all(), "list users");
        }
    }

    @Test
    void creatingAnAgreementNeedsTheCoordinatorOrAdministratorRole() {
        allowed(coordinator, () -> agreementEditing.create(Fixtures.agreement(Fixtures.unique("Ny"))), "create an agreement");
        // Issue 11: administrators create agreements too (the first one of a new installation, say).
        allowed(admin, () -> agreementEditing.create(Fixtures.agreement(Fixtures.unique("Ny"))), "create an agreement");
        for (Caller c : new Caller[] {policePartner, board}) {
            refused(c, () -> agreementEditing.create(Fixtures.agreement(Fixtures.unique("Ny"))), "create an agreement");
        }
    }
    /**
     * Issue 16: an administrator changes an existing account's name, organisation, roles and coordinator rights; only
     * administrators may; an edit on what was read before another change (roles included) is refused as stale; nobody
     * deactivates their own account or removes their own administrator role (refused, and in the audit trail).
     */
    @Test
    void administratorsEditAccountsButNeverLockThemselvesOut() {
        String tag = String.valueOf(Math.abs(System.nanoTime() % 1_000_000));
        long self = account("adm" + tag, "Ada Admin", municipality, Roles.ADMINISTRATOR, Set.of());
        long other = account("par" + tag, "Per Part", police, Roles.PARTNER, Set.of());
        Caller me = new Caller("adm" + tag, "Ada Admin", municipality, Set.of(Roles.ADMINISTRATOR), Set.of(), false);
        UserView before = callers.runAs(me, () -> accounts.find(other)).orElseThrow();

        UserDetails coordinatorNow = new UserDetails("Per Partsson", null, municipality,
                Set.of(Roles.COORDINATOR, Roles.PARTNER), Set.of(mine.agreementId()));
        for (Caller c : new Caller[] {coordinator, policePartner, board}) {
            refused(c, () -> accounts.update(other, before.version(), coordinatorNow), "edit an account");
            refused(c, () -> accounts.deactivate(other), "deactivate an account");
            refused(c, () -> accounts.page(null, 0, 10), "list accounts");
        }
        callers.runAs(me, () -> accounts.update(other, before.version(), coordinatorNow));
        UserView after = callers.runAs(me, () -> accounts.find(other)).orElseThrow();
        assertEquals("Per Partsson", after.displayName());
        assertEquals(municipality, after.organisationId());
        assertEquals(Set.of(Roles.COORDINATOR, Roles.PARTNER), after.roles());
        assertEquals(Set.of(mine.agreementId()), after.coordinatorOf());
        assertTrue(after.version() > before.version(), "the version moves with the account's roles and rights");

        // Only the roles change now; an edit made on what was read before it is stale, and writes nothing.
        callers.runAs(me, () -> accounts.update(other, after.version(), new UserDetails("Per Partsson", null,
                municipality, Set.of(Roles.COORDINATOR), Set.of(mine.agreementId()))));
        assertThrows(StaleEdit.class, () -> callers.runAs(me, () -> accounts.update(other, after.version(),
                new UserDetails("Inte sparad", null, police, Set.of(Roles.BOARD_MEMBER), Set.of()))));
        UserView kept = callers.runAs(me, () -> accounts.find(other)).orElseThrow();
        assertEquals("Per Partsson", kept.displayName());
        assertEquals(Set.of(Roles.COORDINATOR), kept.roles());

        Refusal selfDeactivation = assertThrows(Refusal.class, () -> callers.runAs(me, () -> accounts.deactivate(self)));
        assertEquals("samspar.user.deactivateSelf", selfDeactivation.problems().get(0).key());
        long selfVersion = callers.runAs(me, () -> accounts.find(self)).orElseThrow().version();
        Refusal ownRole = assertThrows(Refusal.class, () -> callers.runAs(me, () -> accounts.update(self, selfVersion,
                new UserDetails("Ada Admin", null, municipality, Set.of(Roles.COORDINATOR), Set.of()))));
        assertEquals("samspar.user.ownAdministratorRole", ownRole.problems().get(0).key());
        UserView stillMe = callers.runAs(me, () -> accounts.find(self)).orElseThrow();
        assertTrue(stillMe.active(), "still active");
        assertEquals(Set.of(Roles.ADMINISTRATOR), stillMe.roles());
        assertTrue(callers.runAs(me, () -> audit.latest(50)).stream().anyMatch(e -> "REFUSED".equals(e.action())
                && e.summary().contains("UserAccountServiceBean.deactivate(" + self + ")")),
                "the refused self-deactivation is in the audit trail");
        // Another administrator may deactivate the account; then it is inactive.
        callers.runAs(admin, () -> accounts.deactivate(other));
        assertFalse(callers.runAs(me, () -> accounts.find(other)).orElseThrow().active());
    }

    /**
     * Issue 14: only the agreement's coordinators and administrators publish, change and unpublish; a refusal is in
     * the audit trail, as is every change; an activity needs a public text and must be the agreement's own; a stale
     * change is refused; anyone, signed out, reads what is published and nothing else.
     */
    @Test
    void onlyTheAgreementsCoordinatorsPublishAndAnyoneReadsWhatIsPublished() {
        Runnable publishArea = () -> publishing.publish(mine.agreementId(),
                new PublicationDraft(PublishedKind.AREA, mine.areaId(), null));
        // As for editing the structure: an administrator publishes an agreement they coordinate, not any agreement.
        for (Caller c : new Caller[] {otherCoordinator, policePartner, municipalityPartner, board, outsider, admin,
                Caller.ANONYMOUS}) {
            refused(c, publishArea, "publish an area of an agreement they do not coordinate");
            refused(c, () -> publishing.publications(mine.agreementId()), "see what is published, as its coordinators");
        }
        assertTrue(callers.runAs(admin, () -> audit.latest(50)).stream().anyMatch(e -> "REFUSED".equals(e.action())
                && e.summary().contains("PublishingBean.publish")), "a refused publication is in the audit trail");
        assertTrue(callers.runAs(Caller.ANONYMOUS, () -> publicProgress.agreement(mine.agreementId())).isEmpty(),
                "nothing published: no public page");

        long area = callers.runAs(coordinator, () -> publishing.publish(mine.agreementId(),
                new PublicationDraft(PublishedKind.AREA, mine.areaId(), null)));
        InvalidInput noText = assertThrows(InvalidInput.class, () -> callers.runAs(coordinator,
                () -> publishing.publish(mine.agreementId(), new PublicationDraft(PublishedKind.ACTIVITY, policeLeads, " "))));
        assertEquals("publicText", noText.problems().get(0).field());
        InvalidInput foreign = assertThrows(InvalidInput.class, () -> callers.runAs(coordinator,
                () -> publishing.publish(mine.agreementId(), new PublicationDraft(PublishedKind.ACTIVITY, otherActivity,
                        "Från en annan överenskommelse"))));
        assertEquals("itemId", foreign.problems().get(0).field());
        InvalidInput twice = assertThrows(InvalidInput.class, () -> callers.runAs(coordinator, publishArea));
        assertEquals("samspar.unique", twice.problems().get(0).key());
        Caller coordinatingAdmin = new Caller("sara", "sara", municipality,
                Set.of(Roles.ADMINISTRATOR), Set.of(mine.agreementId()), false);
        long activity = callers.runAs(coordinatingAdmin, () -> publishing.publish(mine.agreementId(),
                new PublicationDraft(PublishedKind.ACTIVITY, policeLeads, "Polisen patrullerar i centrum.")));

        List<PublicItem> items = callers.runAs(Caller.ANONYMOUS, () -> publicProgress.items(mine.agreementId(), 0, 10));
        assertEquals(List.of(PublishedKind.AREA, PublishedKind.ACTIVITY), items.stream().map(PublicItem::kind).toList());
        assertEquals("P-1", items.get(1).code());
        assertEquals("Polisen patrullerar i centrum.", items.get(1).publicText());
        assertEquals(2, items.get(0).activities(), "the area counts both its activities, published or not");
        assertEquals(List.of(PublishedKind.ACTIVITY), callers.runAs(Caller.ANONYMOUS,
                () -> publicProgress.items(mine.agreementId(), 1, 10)).stream().map(PublicItem::kind).toList());
        assertEquals(2, publicProgress.agreement(mine.agreementId()).orElseThrow().items());
        assertTrue(publicProgress.agreement(other.agreementId()).isEmpty());

        long version = callers.runAs(coordinator, () -> publishing.publications(mine.agreementId())).stream()
                .filter(p -> p.id() == activity).findFirst().map(PublicationView::version).orElseThrow();
        refused(otherCoordinator, () -> publishing.change(activity, version, "Ändrad"), "change another's text");
        refused(policePartner, () -> publishing.unpublish(activity, version), "unpublish");
        callers.runAs(coordinator, () -> publishing.change(activity, version, "Polisen och kommunen i centrum."));
        assertThrows(StaleEdit.class, () -> callers.runAs(coordinator, () -> publishing.change(activity, version,
                "Från en gammal sida")));
        assertThrows(StaleEdit.class, () -> callers.runAs(coordinator, () -> publishing.unpublish(activity, version)));
        long changed = callers.runAs(coordinator, () -> publishing.publications(mine.agreementId())).stream()
                .filter(p -> p.id() == activity).findFirst().map(PublicationView::version).orElseThrow();
        callers.runAs(coordinator, () -> publishing.unpublish(activity, changed));
        assertEquals(List.of(PublishedKind.AREA), publicProgress.items(mine.agreementId(), 0, 10).stream()
                .map(PublicItem::kind).toList(), "unpublished at once");
        // A published activity deleted later is no longer counted or shown.
        callers.runAs(coordinator, () -> publishing.publish(mine.agreementId(),
                new PublicationDraft(PublishedKind.ACTIVITY, municipalityLeads, "Kommunen bjuder in.")));
        assertEquals(2, publicProgress.agreement(mine.agreementId()).orElseThrow().items());
        long municipalityVersion = callers.runAs(Caller.SYSTEM, () -> activities.find(municipalityLeads))
                .orElseThrow().version();
        callers.runAs(coordinator, () -> activityEditing.delete(municipalityLeads, municipalityVersion));
        assertEquals(1, publicProgress.agreement(mine.agreementId()).orElseThrow().items());
        assertEquals(1, publicProgress.items(mine.agreementId(), 0, 10).size());

        List<AuditEntryView> trail = callers.runAs(coordinator, () -> audit.ofAgreement(mine.agreementId(), 50)).stream()
                .filter(e -> "PUBLICATION".equals(e.subject())).toList();
        assertTrue(trail.stream().anyMatch(e -> e.subjectId() == area && "CREATED".equals(e.action())
                && "anna".equals(e.actor())), trail.toString());
        assertTrue(trail.stream().anyMatch(e -> e.subjectId() == activity && "UPDATED".equals(e.action())
                && e.changes().contains("publicText")), trail.toString());
        assertTrue(trail.stream().anyMatch(e -> e.subjectId() == activity && "DELETED".equals(e.action())
                && e.summary().equals("ACTIVITY P-1")), trail.toString());
    }

    /** Issue 12: the accounts page in the database, newest first, each with its roles and rights; searched there too. */
    @Test
    void accountsArePagedNewestFirst() {
        String tag = String.valueOf(Math.abs(System.nanoTime() % 1_000_000));
        long older = account("aaa" + tag, "Äldre", police, Roles.PARTNER, Set.of());
        long newer = account("bbb" + tag, "Nyare", municipality, Roles.COORDINATOR, Set.of(mine.agreementId()));
        List<UserView> first = callers.runAs(admin, () -> accounts.page(null, 0, 2));
        assertEquals(List.of(newer, older), first.stream().map(UserView::id).toList());
        assertEquals(Set.of(mine.agreementId()), first.get(0).coordinatorOf());
        assertEquals(Set.of(Roles.PARTNER), first.get(1).roles());
        long count = callers.runAs(admin, () -> accounts.count(null));
        assertEquals(Math.min(3, count - 2), callers.runAs(admin, () -> accounts.page(null, 2, 3)).size());
        // A search by username or name, in any case; its % and _ are text, not patterns.
        assertEquals(List.of(newer), callers.runAs(admin, () -> accounts.page("BBB" + tag, 0, 25)).stream()
                .map(UserView::id).toList());
        assertTrue(callers.runAs(admin, () -> accounts.count("ÄLDRE")) >= 1);
        assertEquals(0, callers.runAs(admin, () -> accounts.count("%" + tag)));
    }

    /** An account made by the system with the tests' password, not asked to change it at the first sign-in. */
    private long account(String username, String name, long organisation, String role, Set<Long> coordinates) {
        return callers.runAs(Caller.SYSTEM, () -> accounts.create(new NewUser(username, name, null, organisation,
                Set.of(role), coordinates, "ett-langt-losenord", false)));
    }

    @Inject
    se.samspar.coordination.api.MeetingEditing meetingEditing;
    @Inject
    se.samspar.coordination.api.DecisionEditing decisionEditing;
    @Inject
    se.samspar.coordination.api.ActivityLinks activityLinks;
    @Inject
    se.samspar.coordination.api.CoordinationFunctions coordinationFunctions;
    @Inject
    se.samspar.coordination.api.CoordinationQueries coordination;

    /** Issue 13: the agreement's coordinators record meetings and decisions; its parties and board members read. */
    @Test
    void onlyTheAgreementsCoordinatorsRecordItsCoordinationWhichItsPartiesAndBoardMembersRead() {
        var meeting = new se.samspar.coordination.api.MeetingDraft(se.samspar.coordination.api.MeetingKind.STEERING_GROUP,
                "Styrgrupp", java.time.LocalDate.of(2024, 1, 10), Set.of(mine.policeParty()), null, null);
        var answer = new se.samspar.coordination.api.DecisionDraft("Svar på motion", "Socialnämnden",
                java.time.LocalDate.of(2023, 3, 30), "§ 8", "SN-1", "En ledamot reserverar sig.");
        long meetingId = callers.runAs(coordinator, () -> meetingEditing.create(mine.agreementId(), meeting));
        long decisionId = callers.runAs(coordinator, () -> decisionEditing.record(mine.agreementId(), null, answer));
        var linked = se.samspar.coordination.api.Linked.DECISION;
        allowed(coordinator, () -> activityLinks.link(linked, decisionId, policeLeads), "link an activity");
        for (Caller c : new Caller[] {coordinator, policePartner, municipalityPartner, board, admin}) {
            allowed(c, () -> assertEquals(1, coordination.decisions(mine.agreementId()).size()), "read the decisions");
            allowed(c, () -> assertEquals(1, coordination.behind(policeLeads).size()), "read what is behind an activity");
            allowed(c, () -> coordination.meeting(meetingId).orElseThrow(), "read a meeting");
        }
        for (Caller c : new Caller[] {otherCoordinator, policePartner, municipalityPartner, board, outsider}) {
            refused(c, () -> meetingEditing.create(mine.agreementId(), meeting), "record a meeting");
            refused(c, () -> decisionEditing.record(mine.agreementId(), meetingId, answer), "record a decision");
            refused(c, () -> activityLinks.link(linked, decisionId, municipalityLeads), "link an activity");
            refused(c, () -> activityLinks.createActivity(linked, decisionId, Fixtures.activity(mine.areaId(), null,
                    "D-" + c.username(), mine.policeParty(), Set.of(), 1)), "create an activity from a decision");
            refused(c, () -> coordinationFunctions.name(mine.agreementId(), null,
                    new se.samspar.coordination.api.CoordinationFunctionDraft("Anna", null, mine.policeParty(), null,
                            null)), "name the coordination function");
        }
        refused(outsider, () -> coordination.decisions(mine.agreementId()), "read the decisions");
        refused(outsider, () -> coordination.meeting(meetingId), "read a meeting");

        // Rule 9, an activity of another agreement, a stale edit: refused, nothing written.
        var withNumber = new se.samspar.coordination.api.DecisionDraft("Gäller 19121212-1212", "Styrgruppen",
                java.time.LocalDate.of(2024, 1, 10), null, null, null);
        var rule9 = assertThrows(se.samspar.platform.api.InvalidInput.class,
                () -> callers.runAs(coordinator, () -> decisionEditing.record(mine.agreementId(), null, withNumber)));
        assertEquals("text", rule9.problems().get(0).field());
        var elsewhere = assertThrows(se.samspar.platform.api.InvalidInput.class, () -> callers.runAs(Caller.SYSTEM,
                () -> activityLinks.link(linked, decisionId, otherActivity)));
        assertEquals("activityId", elsewhere.problems().get(0).field());
        assertThrows(StaleEdit.class, () -> callers.runAs(coordinator,
                () -> meetingEditing.update(meetingId, 99, meeting)));
        long created = callers.runAs(coordinator, () -> activityLinks.createActivity(linked, decisionId,
                Fixtures.activity(mine.areaId(), null, "D-1", mine.policeParty(), Set.of(), 1)));
        var decision = callers.runAs(coordinator, () -> coordination.decision(decisionId).orElseThrow());
        assertEquals(Set.of(policeLeads, created), decision.activityIds());
        assertEquals(1, callers.runAs(coordinator, () -> coordination.decisions(mine.agreementId())).size(),
                "nothing written by the refusals");
    }
}
