package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityFilter;
import se.samspar.actionplan.api.ActivityStatistics;
import se.samspar.actionplan.api.ActivitySort;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.MyOrganisationActivities;
import se.samspar.actionplan.api.DashboardFilter;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.actionplan.domain.Timeliness;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.OrganisationDraft;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.agreement.api.PartyDraft;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.Roles;

/**
 * The activity table inside Payara Micro against real Derby: every filter, alone and combined,
 * text search, each sort in both directions, paging, the goal tree, rules 1 and 2 as the
 * database applies them (checked against {@link Timeliness}), the page cap, refusal of an unknown
 * agreement, and a number of SQL statements that does not grow with the data.
 *
 * <p>The agreement below has 25 activities in two areas (T1 with the overall goal G1 and its
 * sub-goal G1a, T2 with G2), led by three parties (K, P, R), with dates relative to today and an
 * update interval of 60 days.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AsSystem.class)
class ActivityTableIT extends WithServices {
    private static final int INTERVAL = 60;

    @Inject
    ActivityTable table;
    @Inject
    se.samspar.actionplan.api.MyOrganisationActivities myOrganisation;
    @Inject
    ActivityStatistics statistics;
    @Inject
    Clock clock;
    @Resource(lookup = "java:app/jdbc/samspar")
    DataSource dataSource;

    /** One activity as the test creates it; never-reported activities stay planned, green, 0 %. */
    record Spec(String ref, String area, String goal, String lead, Set<String> participants, String title,
                String description, LocalDate start, LocalDate due, ActivityStatus status, TrafficLight light,
                int progress, LocalDateTime lastUpdate, LocalDate createdOn) {
    }

    /** The agreement as built: its ids by key (areas, goals, parties) and each spec's activity id. */
    record Built(long agreementId, LocalDate today, List<Spec> specs, Map<String, Long> ids,
                 Map<String, Long> activityIds) {
        long id(String key) {
            return ids.get(key);
        }
    }

    private static Built built;
    private static Long bigAgreement;


    /** Set-up and checks act as the system ({@link AsSystem}); the refusal test names its callers. */
    @BeforeEach
    void buildOnce() throws SQLException {
        if (built == null) {
            built = build();
        }
    }

    // ---------------------------------------------------------------------------------------
    // The data

    private List<Spec> specs(LocalDate t) {
        LocalDateTime noon = LocalTime.NOON.atDate(t);
        return List.of(
                spec("T1-1", "T1", "G1", "K", Set.of("P"), "Samverkansmöte med polisen",
                        "Regelbundna möten mellan EMV och BOPS", t.minusDays(200), t.plusDays(100),
                        ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 40, noon.minusDays(10), null),
                spec("T1-2", "T1", "G1a", "P", Set.of("K"), "Risk- och skyddsbedömningar", null,
                        t.minusDays(300), t.minusDays(5), ActivityStatus.IN_PROGRESS, TrafficLight.YELLOW, 60,
                        noon.minusDays(3), null),
                spec("T1-3", "T1", "G1a", "K", Set.of(), "Nå fler våldsutövare", "Enligt 5 kap. socialtjänstlagen",
                        t.minusDays(100), t.plusDays(30), ActivityStatus.IN_PROGRESS, TrafficLight.RED, 20,
                        t.minusDays(INTERVAL + 1).atTime(23, 59), null),
                spec("T1-4", "T1", "G1", "R", Set.of("K", "P"), "Utredning av IGOR-modellen",
                        "Socialjourens uppdrag och sekretess", t.minusDays(50), t.plusDays(200),
                        ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 10, t.minusDays(INTERVAL).atStartOfDay(), null),
                spec("T1-5", "T1", null, "K", Set.of(), "Följa IGOR-projektet i Stockholm", null, null, null,
                        ActivityStatus.COMPLETED, TrafficLight.GREEN, 100, noon.minusDays(400), null),
                spec("T1-6", "T1", "G1", "P", Set.of("R"), "Minska skadegörelse med 50% på ett år", null,
                        t.minusDays(30), t.minusDays(1), ActivityStatus.CANCELLED, TrafficLight.RED, 0,
                        noon.minusDays(100), null),
                spec("T1-7", "T1", "G1a", "R", Set.of(), "500 besök i skolor", null, t.minusDays(20), t.plusDays(10),
                        ActivityStatus.POSTPONED, TrafficLight.YELLOW, 30, noon.minusDays(20), null),
                spec("T1-8", "T1", null, "K", Set.of("P"), "Trygghetsvandring höst", null, t.plusDays(10),
                        t.plusDays(40), null, null, 0, null, null),
                spec("T1-9", "T1", "G1", "K", Set.of(), "Planerad utbildning", null, null, t.plusDays(90),
                        null, null, 0, null, t.minusDays(INTERVAL + 1)),
                spec("T1-10", "T1", "G1", "P", Set.of(), "Utbildning om våld i nära relationer", null,
                        t.minusDays(INTERVAL + 1), t.plusDays(90), null, null, 0, null, t.minusDays(100)),
                spec("T1-11", "T1", "G1a", "P", Set.of("K"), "Informationsinsats", null, t.minusDays(INTERVAL - 1),
                        t.plusDays(90), null, null, 0, null, t.minusDays(100)),
                spec("T1-12", "T1", "G1a", "R", Set.of(), "Brandskyddsinformation", null, t.minusDays(100),
                        t.plusDays(90), null, null, 0, null, t.minusDays(INTERVAL)),
                spec("T1-13", "T1", "G1", "K", Set.of("R"), "Gemensam lägesbild", null, t.minusDays(90),
                        t.minusDays(30), ActivityStatus.COMPLETED, TrafficLight.GREEN, 100, noon.minusDays(29), null),
                spec("T1-14", "T1", null, "P", Set.of(), "Uppföljning av larm", null, t.minusDays(60), t,
                        ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 50, noon.minusDays(1), null),
                spec("T2-1", "T2", "G2", "K", Set.of("P", "R"), "Stöd till våldsutsatta", null, t.minusDays(100),
                        t.plusDays(50), ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 70, noon.minusDays(5), null),
                spec("T2-2", "T2", "G2", "P", Set.of(), "Samverkan med kvinnojouren", null, t.minusDays(120),
                        t.minusDays(10), ActivityStatus.IN_PROGRESS, TrafficLight.RED, 35, noon.minusDays(70), null),
                spec("T2-3", "T2", null, "R", Set.of("K"), "Brandsäkerhet i bostäder", null, t.plusDays(5),
                        t.plusDays(100), ActivityStatus.PLANNED, TrafficLight.YELLOW, 0, noon.minusDays(2), null),
                spec("T2-4", "T2", "G2", "K", Set.of(), "Kartläggning av våldsutövare", null, t.minusDays(150),
                        t.minusDays(40), ActivityStatus.POSTPONED, TrafficLight.RED, 15, noon.minusDays(90), null),
                spec("T2-5", "T2", "G2", "P", Set.of("K"), "Utbildning för personal", null, t.minusDays(200),
                        t.minusDays(100), ActivityStatus.COMPLETED, TrafficLight.GREEN, 100, noon.minusDays(120), null),
                spec("T2-6", "T2", "G2", "R", Set.of(), "Övning med räddningstjänsten", null, null, null,
                        ActivityStatus.CANCELLED, TrafficLight.YELLOW, 0, noon.minusDays(200), null),
                spec("T2-7", "T2", null, "K", Set.of("R"), "Ärendedragning", null, t.minusDays(10), t.plusDays(5),
                        ActivityStatus.IN_PROGRESS, TrafficLight.YELLOW, 55, noon.minusDays(15), null),
                spec("T2-8", "T2", "G2", "P", Set.of(), "Åtgärdsplan för utsatta områden", null, t.minusDays(80),
                        null, ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 90, noon.minusDays(INTERVAL + 1), null),
                spec("T2-9", "T2", "G2", "K", Set.of("P"), "Öppet hus", null, t.minusDays(5), t.plusDays(20),
                        null, null, 0, null, null),
                spec("T2-10", "T2", "G2", "R", Set.of("P"), "Nattvandring", null, t.minusDays(40), t.plusDays(20),
                        ActivityStatus.IN_PROGRESS, TrafficLight.RED, 45, noon.minusDays(1), null),
                spec("T2-11", "T2", null, "P", Set.of(), "Samråd med socialjouren", "Enligt IGOR-modellen",
                        t.minusDays(30), t.plusDays(60), ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 65,
                        noon.minusDays(30), null));
    }

    private static Spec spec(String ref, String area, String goal, String lead, Set<String> participants,
                             String title, String description, LocalDate start, LocalDate due, ActivityStatus status,
                             TrafficLight light, int progress, LocalDateTime lastUpdate, LocalDate createdOn) {
        return new Spec(ref, area, goal, lead, participants, title, description, start, due,
                status == null ? ActivityStatus.PLANNED : status, light == null ? TrafficLight.GREEN : light,
                progress, lastUpdate, createdOn);
    }

    private Built build() throws SQLException {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> ids = new HashMap<>();
        long agreementId = agreementEditing.create(Fixtures.agreement(Fixtures.unique("Aktivitetstabell")));
        for (var org : List.of(Map.entry("K", OrganisationType.MUNICIPALITY), Map.entry("P", OrganisationType.POLICE),
                Map.entry("R", OrganisationType.FIRE_RESCUE))) {
            long organisation = organisations.create(new OrganisationDraft(Fixtures.unique("Organisation " + org.getKey()),
                    null, org.getValue(), null));
            ids.put(org.getKey(), partyEditing.addParty(agreementId, new PartyDraft(organisation, null, null, null, null)));
        }
        ids.put("T1", areaEditing.addPriorityArea(agreementId, new PriorityAreaDraft("T1", "Trygghet", null)));
        ids.put("T2", areaEditing.addPriorityArea(agreementId, new PriorityAreaDraft("T2", "Våld i nära relation", null)));
        ids.put("G1", areaEditing.addGoal(ids.get("T1"), new GoalDraft(null, "Ökad trygghet", null)));
        ids.put("G1a", areaEditing.addGoal(ids.get("T1"), new GoalDraft(ids.get("G1"), "Färre anlagda bränder", null)));
        ids.put("G2", areaEditing.addGoal(ids.get("T2"), new GoalDraft(null, "Våldet ska upphöra", null)));

        List<Spec> specs = specs(today);
        Map<String, Long> activityIds = new LinkedHashMap<>();
        for (Spec s : specs) {
            long id = activityEditing.create(agreementId, new ActivityDraft(ids.get(s.area()),
                    s.goal() == null ? null : ids.get(s.goal()), s.ref(), s.title(), s.description(), ids.get(s.lead()),
                    s.participants().stream().map(ids::get).collect(Collectors.toSet()), null, null, s.start(), s.due(),
                    1));
            activityIds.put(s.ref(), id);
            if (s.lastUpdate() != null) {
                statusUpdates.importUpdate(id, new StatusReport(s.status(), s.light(), s.progress(), null, null,
                        "Samordnare", null), s.lastUpdate());
            }
            if (s.createdOn() != null) {
                execute("update ACT_ACTIVITY set CREATED_ON = ? where ID = ?", Date.valueOf(s.createdOn()), id);
            }
        }
        return new Built(agreementId, today, specs, ids, activityIds);
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    /** The ids, in order, of the activities led by or shared with a party of {@code organisationId}. */
    private List<Long> activityIdsOfOrganisation(long organisationId) {
        String parties = "(select ID from AGR_PARTY where ORGANISATION_ID = ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select distinct a.ID from ACT_ACTIVITY a left join ACT_PARTICIPANT p on p.ACTIVITY_ID = a.ID"
                        + " where a.LEAD_PARTY_ID in " + parties + " or p.PARTY_ID in " + parties + " order by a.ID")) {
            s.setLong(1, organisationId);
            s.setLong(2, organisationId);
            List<Long> ids = new ArrayList<>();
            try (java.sql.ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A second agreement with 505 activities, written straight into the table. */
    private long bigAgreement() throws SQLException {
        if (bigAgreement == null) {
            Fixtures.Built b = Fixtures.build(this);
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement s = c.prepareStatement("insert into ACT_ACTIVITY (AGREEMENT_ID, AREA_ID,"
                        + " REFERENCE, TITLE, LEAD_PARTY_ID, STATUS, LIGHT, PROGRESS, WEIGHT, SORT_ORDER, CREATED_ON,"
                        + " VERSION) values (?, ?, ?, ?, ?, 'IN_PROGRESS', 'GREEN', 10, 1, ?, ?, 1)")) {
                    for (int i = 1; i <= 505; i++) {
                        s.setLong(1, b.agreementId());
                        s.setLong(2, b.areaId());
                        s.setString(3, "B-%03d".formatted(i));
                        s.setString(4, "Massaktivitet " + i);
                        s.setLong(5, b.municipalityParty());
                        s.setInt(6, i);
                        s.setDate(7, Date.valueOf(LocalDate.now(clock)));
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                try (PreparedStatement s = c.prepareStatement("insert into ACT_PARTICIPANT (ACTIVITY_ID, PARTY_ID)"
                        + " select ID, ? from ACT_ACTIVITY where AGREEMENT_ID = ?")) {
                    s.setLong(1, b.policeParty());
                    s.setLong(2, b.agreementId());
                    assertEquals(505, s.executeUpdate());
                }
            }
            bigAgreement = b.agreementId();
        }
        return bigAgreement;
    }

    // ---------------------------------------------------------------------------------------
    // Helpers

    /** A filter on the built agreement, one setting at a time. */
    private static final class F {
        Long area;
        Long goal;
        Long lead;
        Long participant;
        ActivityStatus status;
        TrafficLight light;
        boolean overdue;
        boolean needsUpdate;
        String text;

        F area(String key) {
            area = built.id(key);
            return this;
        }

        F goal(String key) {
            goal = built.id(key);
            return this;
        }

        F lead(String key) {
            lead = built.id(key);
            return this;
        }

        F participant(String key) {
            participant = built.id(key);
            return this;
        }

        F status(ActivityStatus s) {
            status = s;
            return this;
        }

        F light(TrafficLight l) {
            light = l;
            return this;
        }

        F overdue() {
            overdue = true;
            return this;
        }

        F needsUpdate() {
            needsUpdate = true;
            return this;
        }

        F text(String t) {
            text = t;
            return this;
        }

        ActivityFilter get() {
            return new ActivityFilter(built.agreementId(), area, goal, lead, participant, status, light, overdue,
                    needsUpdate, text);
        }
    }

    private static F filter() {
        return new F();
    }

    private static List<String> refs(List<ActivityView> views) {
        return views.stream().map(ActivityView::reference).toList();
    }

    private List<ActivityView> all(ActivityFilter f) {
        return table.page(f, 0, ActivityTable.MAX_LIMIT, ActivitySort.REFERENCE, true);
    }

    private static List<String> expected(Predicate<Spec> which) {
        return built.specs().stream().filter(which).map(Spec::ref).sorted().toList();
    }

    /** The filter lets exactly these references through, in reference order, and counts them. */
    private void assertRows(List<String> references, ActivityFilter f) {
        assertEquals(references, refs(all(f)), () -> "rows of " + f);
        assertEquals(references.size(), table.count(f), () -> "count of " + f);
    }

    private LocalDate createdOn(Spec s) {
        return s.createdOn() == null ? built.today() : s.createdOn();
    }

    private boolean overdue(Spec s) {
        return Timeliness.isOverdue(s.status(), s.due(), built.today());
    }

    private boolean needsUpdate(Spec s) {
        return Timeliness.needsUpdate(s.status(), s.due(), s.start(), createdOn(s), s.lastUpdate(), INTERVAL,
                built.today());
    }

    // ---------------------------------------------------------------------------------------
    // Filters

    @Test
    void withoutFiltersEveryActivityOfTheAgreementAndNoOther() throws SQLException {
        bigAgreement();
        assertEquals(25, table.count(filter().get()));
        List<ActivityView> rows = all(filter().get());
        assertEquals(expected(s -> true), refs(rows));
        assertTrue(rows.stream().allMatch(v -> v.agreementId() == built.agreementId()));
    }

    @Test
    void theViewsCarryWhatTheServiceShows() {
        Map<Long, ActivityView> fromService = activities.activitiesOf(built.agreementId()).stream()
                .collect(Collectors.toMap(ActivityView::id, Function.identity()));
        List<ActivityView> rows = all(filter().get());
        assertEquals(25, rows.size());
        for (ActivityView v : rows) {
            assertEquals(fromService.get(v.id()), v, v.reference());
        }
        ActivityView t14 = rows.stream().filter(v -> v.reference().equals("T1-4")).findFirst().orElseThrow();
        assertEquals(Set.of(built.id("K"), built.id("P")), t14.participatingPartyIds());
        assertEquals(built.id("R"), t14.leadPartyId());
        assertEquals("Socialjourens uppdrag och sekretess", t14.description());
    }

    @Test
    void areaFilter() {
        assertRows(expected(s -> s.area().equals("T1")), filter().area("T1").get());
        assertRows(expected(s -> s.area().equals("T2")), filter().area("T2").get());
        assertEquals(14, table.count(filter().area("T1").get()));
        assertEquals(11, table.count(filter().area("T2").get()));
    }

    @Test
    void anOverallGoalIncludesItsSubGoalsActivities() {
        assertRows(List.of("T1-1", "T1-10", "T1-11", "T1-12", "T1-13", "T1-2", "T1-3", "T1-4", "T1-6", "T1-7",
                "T1-9"), filter().goal("G1").get());
        assertRows(List.of("T1-11", "T1-12", "T1-2", "T1-3", "T1-7"), filter().goal("G1a").get());
        assertRows(expected(s -> "G2".equals(s.goal())), filter().goal("G2").get());
        assertEquals(8, table.count(filter().goal("G2").get()));
    }

    @Test
    void leadAndParticipatingPartyFilters() {
        for (String party : List.of("K", "P", "R")) {
            assertRows(expected(s -> s.lead().equals(party)), filter().lead(party).get());
            assertRows(expected(s -> s.participants().contains(party)), filter().participant(party).get());
        }
        assertRows(List.of("T1-1", "T1-4", "T1-8", "T2-1", "T2-10", "T2-9"), filter().participant("P").get());
        // Leading is not participating.
        assertTrue(refs(all(filter().participant("P").get())).stream().noneMatch(r -> r.equals("T1-2")));
    }

    @Test
    void statusAndLightFilters() {
        long total = 0;
        for (ActivityStatus status : ActivityStatus.values()) {
            List<String> expected = expected(s -> s.status() == status);
            assertFalse(expected.isEmpty(), "the data has every status");
            assertRows(expected, filter().status(status).get());
            total += table.count(filter().status(status).get());
        }
        assertEquals(25, total);
        for (TrafficLight light : TrafficLight.values()) {
            assertRows(expected(s -> s.light() == light), filter().light(light).get());
        }
        assertRows(List.of("T1-3", "T1-6", "T2-10", "T2-2", "T2-4"), filter().light(TrafficLight.RED).get());
    }

    @Test
    void overdueIsRuleOne() {
        assertRows(List.of("T1-2", "T2-2", "T2-4"), filter().overdue().get());
        assertRows(expected(this::overdue), filter().overdue().get());
        // The views agree with the filter.
        assertEquals(expected(this::overdue), refs(all(filter().get()).stream().filter(ActivityView::overdue).toList()));
    }

    @Test
    void needsUpdateIsRuleTwoIncludingItsBoundaries() {
        // T1-3 last updated the day before the interval began, T2-8 too, T2-2 and T2-4 (both overdue)
        // long before; T1-9 created, T1-10 started before it. T1-4 was updated at the first moment of the
        // interval's first day, T1-12 created and T1-11 started within it: they are in time. T1-2 is
        // overdue but was reported on three days ago: being overdue does not make it need an update.
        List<String> expected = List.of("T1-10", "T1-3", "T1-9", "T2-2", "T2-4", "T2-8");
        assertEquals(expected, expected(this::needsUpdate), "the test data means what the comment says");
        assertRows(expected, filter().needsUpdate().get());
        List<ActivityView> rows = all(filter().get());
        assertEquals(expected, refs(rows.stream().filter(ActivityView::needsUpdate).toList()));
        for (ActivityView v : rows) {
            Spec s = built.specs().stream().filter(x -> x.ref().equals(v.reference())).findFirst().orElseThrow();
            assertEquals(needsUpdate(s), v.needsUpdate(), s.ref());
            assertEquals(overdue(s), v.overdue(), s.ref());
        }
    }

    /**
     * Rule 2 in JPQL (the table's filter and its rows) and in native SQL (the dashboard's count) against the one
     * table of cases, {@link NeedsUpdateCases}, which {@code NeedsUpdateRuleTest} checks the Java rule against: one
     * activity per case, each in a priority area of its own, in an agreement of its own.
     */
    @Test
    void needsUpdateAgreesWithTheCaseTable() throws SQLException {
        LocalDate today = LocalDate.now(clock);
        Fixtures.Built b = Fixtures.build(this);
        assertEquals(NeedsUpdateCases.INTERVAL,
                agreements.structure(b.agreementId()).orElseThrow().agreement().updateIntervalDays());
        Map<NeedsUpdateCases.Case, Long> areas = new LinkedHashMap<>();
        long needingMineBefore = activities.countNeedingMyUpdate();
        int n = 0;
        for (NeedsUpdateCases.Case c : NeedsUpdateCases.CASES) {
            n++;
            long area = areaEditing.addPriorityArea(b.agreementId(), new PriorityAreaDraft("N" + n, c.name(), null));
            long id = activityEditing.create(b.agreementId(), new ActivityDraft(area, null, "N" + n + "-1", c.name(), null,
                    b.municipalityParty(), Set.of(), null, null, c.start(today), c.due(today), 1));
            if (c.lastUpdate(today) != null) {
                statusUpdates.importUpdate(id, new StatusReport(c.status(), TrafficLight.GREEN,
                        c.status() == ActivityStatus.COMPLETED ? 100 : 10, null, null, "Samordnare", null),
                        c.lastUpdate(today));
            }
            execute("update ACT_ACTIVITY set CREATED_ON = ? where ID = ?", Date.valueOf(c.createdOn(today)), id);
            areas.put(c, area);
        }
        for (Map.Entry<NeedsUpdateCases.Case, Long> e : areas.entrySet()) {
            NeedsUpdateCases.Case c = e.getKey();
            int expected = c.needsUpdate() ? 1 : 0;
            ActivityFilter inArea = new ActivityFilter(b.agreementId(), e.getValue(), null, null, null, null, null,
                    false, false, null);
            ActivityFilter needingUpdate = new ActivityFilter(b.agreementId(), e.getValue(), null, null, null, null,
                    null, false, true, null);
            assertEquals(c.status(), all(inArea).get(0).status(), c + ": the activity is as the case says");
            assertEquals(expected, table.count(needingUpdate), c + ": the table's filter (JPQL)");
            assertEquals(expected, all(needingUpdate).size(), c + ": the table's page (JPQL)");
            assertEquals(c.needsUpdate(), all(inArea).get(0).needsUpdate(), c + ": the table's row");
            assertEquals(expected, statistics.dashboard(b.agreementId(), new DashboardFilter(e.getValue(), null, null,
                    null)).needingUpdate(), c + ": the dashboard (SQL)");
        }
        long total = NeedsUpdateCases.CASES.stream().filter(NeedsUpdateCases.Case::needsUpdate).count();
        assertEquals(total, table.count(new ActivityFilter(b.agreementId(), null, null, null, null, null, null, false,
                true, null)));
        assertEquals(total, statistics.dashboard(b.agreementId(), DashboardFilter.ALL).needingUpdate());
        // The start page's list (the system may report on everything): the same predicate, across agreements.
        assertEquals(total, activities.countNeedingMyUpdate() - needingMineBefore, "the start page's count");
        assertEquals(NeedsUpdateCases.CASES.stream().filter(NeedsUpdateCases.Case::needsUpdate)
                        .map(NeedsUpdateCases.Case::name).sorted().toList(),
                activities.needingMyUpdate(100_000).stream().filter(a -> a.agreementId() == b.agreementId())
                        .map(ActivityView::title).sorted().toList(), "the start page's list");
    }

    /**
     * Issue 16: the filters the start page's and the dashboard's links add (at risk, due within days, a party leading or
     * taking part, a period) mean what they say, and the dashboard's "at risk" and overdue figures count the same rows.
     */
    @Test
    void theLinksFiltersMeanWhatTheySay() {
        long a = built.agreementId();
        LocalDate t = built.today();
        ActivityFilter atRisk = new ActivityFilter(a, null, null, null, null, null, null, false, false, null, true, null,
                null, null, null);
        assertRows(expected(s -> !s.status().isClosed() && s.light() != TrafficLight.GREEN), atRisk);
        assertEquals(table.count(atRisk), statistics.dashboard(a, DashboardFilter.ALL).atRisk());
        assertEquals(table.count(filter().overdue().get()), statistics.dashboard(a, DashboardFilter.ALL).overdue());
        assertRows(expected(s -> !s.status().isClosed() && s.due() != null && !s.due().isBefore(t)
                        && !s.due().isAfter(t.plusDays(30))),
                new ActivityFilter(a, null, null, null, null, null, null, false, false, null, false, 30, null, null, null));
        for (String party : List.of("K", "P", "R")) {
            assertRows(expected(s -> s.lead().equals(party) || s.participants().contains(party)),
                    new ActivityFilter(a, null, null, null, null, null, null, false, false, null, false, null,
                            built.id(party), null, null));
        }
        LocalDate from = t.minusDays(10);
        LocalDate to = t.plusDays(20);
        assertRows(expected(s -> (s.start() == null || !s.start().isAfter(to)) && (s.due() == null || !s.due().isBefore(from))),
                new ActivityFilter(a, null, null, null, null, null, null, false, false, null, false, null, null, from, to));
    }

    @Test
    void textMatchesReferenceTitleOrDescriptionInAnyCase() {
        assertRows(List.of("T1-4", "T1-5", "T2-11"), filter().text("igor").get());
        assertRows(List.of("T1-4", "T1-5", "T2-11"), filter().text("  IGOR ").get());
        assertRows(List.of("T2-1", "T2-10", "T2-11"), filter().text("t2-1").get());
        assertRows(List.of("T1-1", "T2-2"), filter().text("SAMVERKAN").get());
        assertRows(List.of("T2-7"), filter().text("ärende").get());
        assertRows(List.of("T1-3"), filter().text("5 KAP").get());
        // Wildcards are taken literally: 50% is not "50 and anything", _ not "any character".
        assertRows(List.of("T1-6"), filter().text("50%").get());
        assertRows(List.of(), filter().text("ng_h").get());
        assertRows(List.of("T1-8"), filter().text("ng h").get());
        assertRows(expected(s -> true), filter().text("   ").get());
        assertRows(List.of(), filter().text("finns inte").get());
    }

    @Test
    void filtersCombine() {
        assertRows(List.of("T2-10", "T2-2", "T2-4"), filter().area("T2").light(TrafficLight.RED).get());
        assertRows(List.of("T1-2", "T1-4"), filter().area("T1").status(ActivityStatus.IN_PROGRESS).participant("K").get());
        assertRows(List.of("T2-4"), filter().overdue().lead("K").get());
        assertRows(List.of("T1-10", "T1-3", "T1-9"), filter().needsUpdate().goal("G1").get());
        assertRows(List.of("T1-3"), filter().needsUpdate().goal("G1a").get());
        assertRows(List.of("T1-5"), filter().text("igor").status(ActivityStatus.COMPLETED).get());
        assertRows(List.of("T2-2", "T2-4"), filter().overdue().needsUpdate().get());
        assertRows(List.of(), filter().area("T2").goal("G1").get());
        assertRows(List.of("T1-11"), filter().area("T1").lead("P").light(TrafficLight.GREEN).participant("K").get());
        assertRows(expected(s -> s.area().equals("T1") && s.lead().equals("P") && s.light() == TrafficLight.GREEN),
                filter().area("T1").lead("P").light(TrafficLight.GREEN).get());
    }

    // ---------------------------------------------------------------------------------------
    // Sorting and paging

    private static <K extends Comparable<K>> Comparator<Spec> missingLast(Function<Spec, K> key, boolean ascending) {
        Comparator<K> order = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(key, Comparator.nullsLast(order));
    }

    private List<String> sortedSpecs(ActivitySort sort, boolean ascending) {
        Comparator<Spec> byKey = switch (sort) {
            case REFERENCE -> missingLast(Spec::ref, ascending);
            case TITLE -> missingLast(Spec::title, ascending);
            case STATUS -> missingLast(s -> s.status().ordinal(), ascending);
            case LIGHT -> missingLast(s -> s.light().ordinal(), ascending);
            case PROGRESS -> missingLast(Spec::progress, ascending);
            case START_DATE -> missingLast(Spec::start, ascending);
            case DUE_DATE -> missingLast(Spec::due, ascending);
            case LAST_UPDATE -> missingLast(Spec::lastUpdate, ascending);
            // Area by area, each area's activities in the order they were added (ids rise with it).
            case PLAN -> ascending ? planOrder() : planOrder().reversed();
        };
        Comparator<Spec> byId = Comparator.comparing(s -> built.activityIds().get(s.ref()));
        return built.specs().stream().sorted(byKey.thenComparing(byId)).map(Spec::ref).toList();
    }

    private Comparator<Spec> planOrder() {
        return Comparator.comparing((Spec s) -> built.id(s.area())).thenComparing(s -> built.activityIds().get(s.ref()));
    }

    @Test
    void everySortInBothDirectionsThenById() {
        for (ActivitySort sort : ActivitySort.values()) {
            for (boolean ascending : List.of(true, false)) {
                List<String> rows = refs(table.page(filter().get(), 0, 100, sort, ascending));
                assertEquals(sortedSpecs(sort, ascending), rows, sort + (ascending ? " ascending" : " descending"));
            }
        }
    }

    @Test
    void sortsMeanWhatTheySay() {
        assertEquals(List.of("T1-1", "T1-10", "T1-11"), refs(table.page(filter().get(), 0, 3, ActivitySort.REFERENCE, true)));
        assertEquals(List.of("T2-9", "T2-8", "T2-7"), refs(table.page(filter().get(), 0, 3, ActivitySort.REFERENCE, false)));
        // Status in its declared order: planned first, cancelled last.
        List<ActivityView> byStatus = table.page(filter().get(), 0, 100, ActivitySort.STATUS, true);
        assertEquals(ActivityStatus.PLANNED, byStatus.get(0).status());
        assertEquals(ActivityStatus.CANCELLED, byStatus.get(24).status());
        // Red first when the light is sorted descending.
        assertEquals(List.of("T1-3", "T1-6", "T2-2", "T2-4", "T2-10"),
                refs(table.page(filter().get(), 0, 5, ActivitySort.LIGHT, false)));
        // The three at 100 % first, in the order they were created.
        assertEquals(List.of("T1-5", "T1-13", "T2-5"), refs(table.page(filter().get(), 0, 3, ActivitySort.PROGRESS, false)));
        // Activities without a due date come last in both directions.
        assertEquals(List.of("T1-5", "T2-6", "T2-8"), refs(table.page(filter().get(), 22, 3, ActivitySort.DUE_DATE, true)));
        assertEquals(List.of("T1-5", "T2-6", "T2-8"), refs(table.page(filter().get(), 22, 3, ActivitySort.DUE_DATE, false)));
        assertEquals("T1-2", refs(table.page(filter().get(), 0, 1, ActivitySort.START_DATE, true)).get(0));
        assertEquals("T1-8", refs(table.page(filter().get(), 0, 1, ActivitySort.START_DATE, false)).get(0));
        // Never reported: last either way; the most recently reported first when descending.
        assertEquals(List.of("T1-10", "T1-11", "T1-12", "T1-8", "T1-9", "T2-9"),
                refs(table.page(filter().get(), 19, 6, ActivitySort.LAST_UPDATE, false)).stream().sorted().toList());
        assertEquals("T1-5", refs(table.page(filter().get(), 0, 1, ActivitySort.LAST_UPDATE, true)).get(0));
        assertEquals(List.of("T1-14", "T2-10"), refs(table.page(filter().get(), 0, 2, ActivitySort.LAST_UPDATE, false)));
        assertEquals("T1-7", refs(table.page(filter().get(), 0, 1, ActivitySort.TITLE, true)).get(0));
        // Derby compares code points, as String.compareTo does: Ö after Å after Ä.
        assertEquals(List.of("T2-6", "T2-9", "T2-8", "T2-7"),
                refs(table.page(filter().get(), 0, 4, ActivitySort.TITLE, false)));
        // No sort given: by reference.
        assertEquals(refs(table.page(filter().get(), 0, 25, ActivitySort.REFERENCE, true)),
                refs(table.page(filter().get(), 0, 25, null, true)));
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrOverlap() {
        for (ActivitySort sort : List.of(ActivitySort.DUE_DATE, ActivitySort.LIGHT, ActivitySort.TITLE)) {
            List<String> whole = refs(table.page(filter().get(), 0, 25, sort, false));
            List<String> paged = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            for (int offset = 0; offset < 25; offset += 10) {
                List<String> page = refs(table.page(filter().get(), offset, 10, sort, false));
                sizes.add(page.size());
                paged.addAll(page);
            }
            assertEquals(List.of(10, 10, 5), sizes, "the last page is partial");
            assertEquals(whole, paged, sort.toString());
        }
        assertEquals(List.of(), table.page(filter().get(), 25, 10, ActivitySort.REFERENCE, true));
        assertEquals(List.of(), table.page(filter().get(), 100, 10, ActivitySort.REFERENCE, true));
        assertEquals(List.of(), table.page(filter().get(), 0, 0, ActivitySort.REFERENCE, true));
        // Paging within a filter: T2 has 11 activities.
        List<String> t2 = expected(s -> s.area().equals("T2"));
        assertEquals(t2.subList(5, 10), refs(table.page(filter().area("T2").get(), 5, 5, ActivitySort.REFERENCE, true)));
        assertEquals(t2.subList(10, 11), refs(table.page(filter().area("T2").get(), 10, 5, ActivitySort.REFERENCE, true)));
    }

    /** The action plan's order, where an activity stands in it under a filter, and each area's first and last place. */
    @Test
    void planOrderPlacesInItAndEachAreasEnds() throws SQLException {
        List<ActivityView> plan = table.page(filter().get(), 0, 100, ActivitySort.PLAN, true);
        assertEquals(built.specs().stream().map(Spec::ref).toList(), refs(plan), "T1's then T2's, as added");
        for (int i = 0; i < plan.size(); i++) {
            assertEquals(i, table.placeInPlan(filter().get(), plan.get(i).id()), plan.get(i).reference());
        }
        List<ActivityView> t2 = table.page(filter().area("T2").get(), 0, 100, ActivitySort.PLAN, true);
        assertEquals(11, t2.size());
        assertEquals(2, table.placeInPlan(filter().area("T2").get(), t2.get(2).id()), "counted within the filter");

        Map<Long, ActivityTable.AreaPlaces> places = table.placesByArea(built.agreementId());
        assertEquals(Map.of(built.id("T1"), new ActivityTable.AreaPlaces(plan.get(0).order(), plan.get(13).order()),
                built.id("T2"), new ActivityTable.AreaPlaces(t2.get(0).order(), t2.get(10).order())), places);
        assertTrue(plan.get(0).order() < plan.get(13).order());

        long elsewhere = table.page(ActivityFilter.all(bigAgreement()), 0, 1, ActivitySort.PLAN, true).get(0).id();
        assertThrows(NotFound.class, () -> table.placeInPlan(filter().get(), elsewhere));
        int structure = statements(() -> agreements.structure(built.agreementId()));
        assertEquals(structure + 1, statements(() -> table.placesByArea(built.agreementId())), "one aggregate");
    }

    @Test
    void aPageHoldsAtMostFiveHundredRows() throws SQLException {
        ActivityFilter big = ActivityFilter.all(bigAgreement());
        assertEquals(505, table.count(big));
        List<ActivityView> first = table.page(big, 0, 10_000, ActivitySort.REFERENCE, true);
        assertEquals(500, first.size());
        assertEquals("B-001", first.get(0).reference());
        assertEquals("B-500", first.get(499).reference());
        List<ActivityView> rest = table.page(big, 500, 500, ActivitySort.REFERENCE, true);
        assertEquals(List.of("B-501", "B-502", "B-503", "B-504", "B-505"), refs(rest));
        assertTrue(rest.stream().allMatch(v -> v.participatingPartyIds().size() == 1));
    }

    // ---------------------------------------------------------------------------------------
    // Refusal and statement count

    @Test
    void anUnknownAgreementIsRefused() {
        ActivityFilter unknown = ActivityFilter.all(Long.MAX_VALUE);
        assertThrows(NotFound.class, () -> table.count(unknown));
        assertThrows(NotFound.class, () -> table.page(unknown, 0, 10, ActivitySort.REFERENCE, true));
    }

    @Test
    void onlyThoseWhoMaySeeTheAgreementGetItsActivities() {
        long outsiderOrganisation = organisations.create(new OrganisationDraft(Fixtures.unique("Utomstående"), null,
                OrganisationType.OTHER, null));
        Caller outsider = new Caller(Fixtures.unique("utomstaende"), "Utomstående", outsiderOrganisation,
                Set.of(Roles.PARTNER), Set.of(), false);
        ActivityFilter all = filter().get();
        callers.runAs(outsider, () -> {
            assertThrows(AccessDenied.class, () -> table.count(all));
            assertThrows(AccessDenied.class, () -> table.page(all, 0, 10, ActivitySort.REFERENCE, true));
        });
        callers.runAs(Caller.ANONYMOUS, () -> {
            assertThrows(AccessDenied.class, () -> table.count(all));
            assertThrows(AccessDenied.class, () -> table.page(all, 0, 10, ActivitySort.REFERENCE, true));
        });
        // A partner of a party organisation sees the same rows as the system.
        long policeOrganisation = agreements.structure(built.agreementId()).orElseThrow().party(built.id("P"))
                .orElseThrow().organisationId();
        Caller partner = new Caller(Fixtures.unique("polis"), "Polis", policeOrganisation, Set.of(Roles.PARTNER),
                Set.of(), false);
        List<String> seenBySystem = refs(all(all));
        callers.runAs(partner, () -> {
            assertEquals(25, table.count(all));
            assertEquals(seenBySystem, refs(all(all)));
            // The visibility check may cost the structure a statement; the table adds none of its own.
            int structure = statements(() -> agreements.structure(built.agreementId()));
            assertEquals(structure + 1, statements(() -> table.count(all)));
            assertEquals(structure + 2, statements(() -> table.page(all, 0, 25, ActivitySort.DUE_DATE, true)));
            // The start page's "needs my update" (rules 2 and 5 in one query): the police's own activities, where the
            // agreement lets parties report their own.
            List<String> ownNeedingUpdate = agreements.structure(built.agreementId()).orElseThrow().agreement()
                    .partiesReportOwnActivities() ? refs(all(filter().lead("P").needsUpdate().get())) : List.of();
            assertEquals(ownNeedingUpdate.stream().sorted().toList(), activities.needingMyUpdate(100_000).stream()
                    .filter(a -> a.agreementId() == built.agreementId()).map(ActivityView::reference).sorted()
                    .toList());
        });
        callers.runAs(partner, () -> {
            // "Min organisation" paged in the database: the activities the organisation's parties lead or take part
            // in (read here straight from the tables), each once.
            List<Long> allMine = activityIdsOfOrganisation(policeOrganisation);
            assertTrue(allMine.size() > 7, "enough for several pages");
            assertEquals(allMine.size(), activities.countOfMyOrganisation());
            List<Long> paged = new java.util.ArrayList<>();
            for (int first = 0; first < allMine.size(); first += 7) {
                activities.ofMyOrganisation(first, 7, ActivitySort.REFERENCE, true).forEach(a -> paged.add(a.id()));
            }
            assertEquals(allMine, paged.stream().sorted().toList());
            List<ActivityView> byDue = activities.ofMyOrganisation(0, 500, ActivitySort.DUE_DATE, true);
            assertEquals(byDue.stream().map(ActivityView::dueDate).filter(java.util.Objects::nonNull).sorted().toList(),
                    byDue.stream().map(ActivityView::dueDate).filter(java.util.Objects::nonNull).toList());
        });
        callers.runAs(partner, () -> {
            // Issue 12: "Min organisation" filtered and summed up per agreement by the database, as its rows say.
            List<ActivityView> here = myOrganisation.page(MyOrganisationActivities.Filter.ALL, 0, 500,
                    ActivitySort.REFERENCE, true).stream().filter(a -> a.agreementId() == built.agreementId()).toList();
            assertFalse(here.isEmpty());
            MyOrganisationActivities.AgreementSummary line = myOrganisation.summary().stream()
                    .filter(l -> l.agreementId() == built.agreementId()).findFirst().orElseThrow();
            assertEquals(here.size(), line.activities());
            assertEquals(here.stream().filter(a -> a.light() == TrafficLight.GREEN).count(), line.green());
            assertEquals(here.stream().filter(a -> a.light() == TrafficLight.YELLOW).count(), line.yellow());
            assertEquals(here.stream().filter(a -> a.light() == TrafficLight.RED).count(), line.red());
            assertEquals(here.stream().filter(ActivityView::needsUpdate).count(), line.needingUpdate());
            for (MyOrganisationActivities.Filter f : List.of(
                    new MyOrganisationActivities.Filter(built.agreementId(), ActivityStatus.IN_PROGRESS, false),
                    new MyOrganisationActivities.Filter(built.agreementId(), null, true),
                    new MyOrganisationActivities.Filter(built.agreementId(), ActivityStatus.COMPLETED, true))) {
                List<Long> expected = here.stream().filter(a -> f.status() == null || a.status() == f.status())
                        .filter(a -> !f.needsUpdateOnly() || a.needsUpdate()).map(ActivityView::id).sorted().toList();
                assertEquals(expected, myOrganisation.page(f, 0, 500, ActivitySort.REFERENCE, true).stream()
                        .map(ActivityView::id).sorted().toList(), f.toString());
                assertEquals(expected.size(), myOrganisation.count(f), f.toString());
            }
        });
        callers.runAs(outsider, () -> assertTrue(myOrganisation.summary().isEmpty()));
        callers.runAs(outsider, () -> assertEquals(0, activities.countOfMyOrganisation()));
        callers.runAs(outsider, () -> assertTrue(activities.needingMyUpdate(100_000).stream()
                .noneMatch(a -> a.agreementId() == built.agreementId())));
    }

    @Test
    void theCrossAgreementAnswersFollowAReportAtOnce() {
        // The police's start page and "Min organisation" are kept between changes (ReadCache): a report must show on
        // the very next read, for the reporter's organisation as for everyone else.
        Fixtures.Built small = Fixtures.build(this);
        long activity = activityEditing.create(small.agreementId(), Fixtures.activity(small.areaId(), null, "C-1",
                small.policeParty(), Fixtures.none(), 1));
        long police = agreements.structure(small.agreementId()).orElseThrow().party(small.policeParty()).orElseThrow()
                .organisationId();
        Caller partner = new Caller(Fixtures.unique("polis"), "Polis", police, Set.of(Roles.PARTNER), Set.of(), false);
        java.util.function.Supplier<MyOrganisationActivities.AgreementSummary> line = () -> callers.runAs(partner,
                () -> myOrganisation.summary().stream().filter(l -> l.agreementId() == small.agreementId())
                        .findFirst().orElseThrow());
        java.util.function.LongSupplier atRisk = () -> callers.runAs(partner, () -> activities.workQueue(10, 30)
                .scopes().stream().filter(s -> s.agreementId() == small.agreementId())
                .mapToLong(se.samspar.actionplan.api.WorkQueue.Scope::atRisk).sum());
        assertEquals(List.of(1L, 0L), List.of(line.get().green(), line.get().red()));
        assertEquals(0, atRisk.getAsLong());
        assertEquals(0, statements(() -> line.get()), "asked again with nothing written: kept, not read");

        statusUpdates.report(activity, Fixtures.report(ActivityStatus.IN_PROGRESS, TrafficLight.RED, 10));
        assertEquals(List.of(0L, 1L), List.of(line.get().green(), line.get().red()), "the report shows at once");
        assertEquals(1, atRisk.getAsLong());
        assertTrue(callers.runAs(partner, () -> activities.latestUpdates(10)).stream()
                .anyMatch(u -> u.update().activityId() == activity), "the report is among the latest");
    }

    /** Counts the SQL statements EclipseLink sends from this thread while something runs (platform's SqlStatements). */
    private int statements(Runnable work) {
        long before = se.samspar.platform.api.SqlStatements.sent();
        work.run();
        return (int) (se.samspar.platform.api.SqlStatements.sent() - before);
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheData() throws SQLException {
        long big = bigAgreement();
        int structure = statements(() -> agreements.structure(built.agreementId()));
        assertEquals(4, structure, "the agreement's structure");
        assertEquals(structure, statements(() -> agreements.structure(big)));
        for (ActivityFilter f : List.of(filter().get(), filter().goal("G1").lead("K").needsUpdate().text("a").get(),
                ActivityFilter.all(big))) {
            assertFalse(all(f).isEmpty(), "a page with rows, so that participants are asked for");
            assertEquals(structure + 1, statements(() -> table.count(f)), "structure, then one count");
            for (ActivitySort sort : ActivitySort.values()) {
                assertEquals(structure + 2, statements(() -> table.page(f, 0, 500, sort, false)),
                        "structure, one page query, one participants query: " + sort);
            }
        }
        // Nothing on the page: no participants to ask for.
        assertEquals(structure + 1, statements(() -> table.page(filter().text("finns inte").get(), 0, 25,
                ActivitySort.REFERENCE, true)));
    }

    @Test
    void theOverviewsServiceAgreesWithTheTable() {
        // activitiesOf is the overview's list: same activities, same flags.
        Set<String> fromService = activities.activitiesOf(built.agreementId()).stream()
                .filter(ActivityView::needsUpdate).map(ActivityView::reference).collect(Collectors.toSet());
        assertEquals(fromService, Set.copyOf(refs(all(filter().needsUpdate().get()))));
        assertEquals(Stream.of("T1-2", "T2-2", "T2-4").collect(Collectors.toSet()),
                activities.activitiesOf(built.agreementId()).stream().filter(ActivityView::overdue)
                        .map(ActivityView::reference).collect(Collectors.toSet()));
    }
}
