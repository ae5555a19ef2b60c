package se.samspar.web.scale;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Grows a Samspår database — one the application has migrated and filled with the demo data, and has been stopped
 * on — with generated agreements as they look across Sweden: each with six parties (its municipality, the police and
 * Kriminalvården shared by all, one of the fire-and-rescue associations, a housing and a property company), three
 * priority areas with an overall goal and two sub-goals each, activities with participants and a status history,
 * the audit entries the services would have written for all of it, and an annual follow-up open for reporting (which
 * the application adopts, so that its snapshot is its own). The demo agreement is topped up to a typical size.
 *
 * <p>By SQL over Derby's embedded driver, not through the import or the services: 300,000 status updates with their
 * audit entries through the services take one transaction, an entity merge and an event each — tens of minutes on the
 * project's machine — where batched inserts take a minute or two. The rows are the ones the services write (the same
 * columns, the activity's current status, light, progress and last update time those of its latest update, versions
 * as after the same steps, the audit entry's summary and changed fields in the recorder's format); identity columns are
 * moved past the inserted ids, so the application goes on numbering after them.
 *
 * <p>Deterministic (a fixed seed): every run builds the same data, so runs compare.
 */
public final class ScaleData {
    /** The demo agreement, its municipality and the two organisations every agreement shares. */
    private static final long DEMO_AGREEMENT = 1;
    private static final String POLICE = "Polismyndigheten";
    private static final String PRISON = "Kriminalvården";
    private static final String DEMO_MUNICIPALITY = "Huddinge kommun";
    private static final String DEMO_FIRE_RESCUE = "Södertörns brandförsvarsförbund";
    private static final String DEMO_USER = "samordnare";
    private static final String[] AREAS = {"VINR", "TRYG", "UNGA"};
    private static final String[] AREA_NAMES = {"Våld i nära relation", "Trygghet i offentlig miljö",
            "Unga i riskmiljöer"};
    private static final String[] STATUSES = {"IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS",
            "IN_PROGRESS", "IN_PROGRESS", "COMPLETED", "COMPLETED", "POSTPONED", "CANCELLED"};
    private static final String[] LIGHTS = {"GREEN", "GREEN", "GREEN", "YELLOW", "RED"};

    /**
     * How much to add.
     *
     * @param agreements           new agreements (the big one included)
     * @param totalActivities      activities of the new agreements and the demo agreement's, together
     * @param bigAgreementActivities activities of one of the new agreements (0: none bigger than the rest)
     * @param demoActivities       the demo agreement's activities after topping it up (never fewer than it has)
     * @param updatesPerActivity   status updates of each new activity
     * @param fireRescueAssociations how many fire-and-rescue associations the agreements share between them
     * @param ownMunicipalities    each agreement its own municipality (else they share the demo municipality, so the
     *                             demo users see them)
     * @param coordinatorOfAll     a user who coordinates every new agreement and the demo agreement: the demo
     *                             coordinator, or a new user with the demo users' password
     * @param recentUpdates        how many of the new activities were last reported just now, 10 ms apart
     *                             (the rest over the last months), so that their audit entries top the trail
     * @param usersPerAgreement    accounts per new agreement (with the demo users' password): its coordinator, a
     *                             board member of its municipality, a partner of its housing company (in that order)
     */
    public record Scale(int agreements, int totalActivities, int bigAgreementActivities, int demoActivities,
                        int updatesPerActivity, int fireRescueAssociations, boolean ownMunicipalities,
                        String coordinatorOfAll, int recentUpdates, int usersPerAgreement) {
    }

    /**
     * Every municipality of Sweden on one installation: 290 agreements (the demo agreement topped up to 100
     * activities, one of 1,000, the rest about 100 each), 30,000 activities, about 300,000 status updates (200 of
     * them just now), 30 fire-and-rescue associations, three accounts per agreement.
     */
    public static final Scale NATIONAL = new Scale(289, 30_000, 1_000, 100, 10, 30, true, "riksamordnare", 200, 3);

    /**
     * A little more of everything the demo users see: two more agreements of the demo municipality with the police
     * and Kriminalvården, coordinated by the demo coordinator, ten more activities in the demo agreement, 50 new
     * activities reported on just now, six more accounts.
     */
    public static final Scale MORE = new Scale(2, 66, 0, 26, 3, 2, false, DEMO_USER, 60, 3);

    /**
     * What was built: the new agreements, the big one, the follow-ups opened for reporting and the first new activity
     * of each agreement (by agreement id; the demo agreement's included).
     */
    public record Built(List<Long> agreements, long bigAgreement, Map<Long, Long> reportingFollowUps,
                        Map<Long, Long> firstActivities, int activities, int updates, int auditEntries, Duration took) {
    }

    private final Connection db;
    private final Scale scale;
    private final Random random = new Random(20261130L);
    /**
     * When the data is built, in the application's time zone (its clock's, Europe/Stockholm): the latest reports are
     * from just before, the others up to ten days before.
     */
    private final LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).withNano(0);
    private final LocalDate tenDaysAgo = now.toLocalDate().minusDays(10);
    private final Map<String, Long> nextIds = new LinkedHashMap<>();
    private final Map<Long, String> organisationNames = new LinkedHashMap<>();
    private final Inserts inserts;
    private int activityCount;
    private int updateCount;
    private int auditCount;
    private int recentLeft;
    private final Map<Long, Long> firstActivities = new LinkedHashMap<>();

    private ScaleData(Connection db, Scale scale) throws SQLException {
        this.db = db;
        this.scale = scale;
        this.inserts = new Inserts(db);
        this.recentLeft = scale.recentUpdates();
    }

    /** Adds {@code scale} to the Derby database in {@code dataDir} (the application's data folder; stopped). */
    public static Built grow(Path dataDir, Scale scale) {
        long start = System.nanoTime();
        String url = "jdbc:derby:" + dataDir.toAbsolutePath().resolve("samspar");
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            try {
                Built built = new ScaleData(db, scale).build(start);
                db.commit();
                return built;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not grow " + url + ": " + e, e);
        } finally {
            shutDown(url);
        }
    }

    private static void shutDown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (08006)
        }
    }

    private Built build(long start) throws SQLException {
        for (String table : List.of("AGR_ORGANISATION", "AGR_AGREEMENT", "AGR_PARTY", "AGR_PRIORITY_AREA", "AGR_GOAL",
                "ACT_ACTIVITY", "ACT_STATUS_UPDATE", "AUD_ENTRY", "FUP_FOLLOW_UP", "IDN_USER_ACCOUNT")) {
            nextIds.put(table, 1 + single("SELECT COALESCE(MAX(ID), 0) FROM " + table));
        }
        long police = organisation(POLICE);
        long prison = organisation(PRISON);
        long coordinator = coordinatorOfAll();
        List<Long> fireRescue = new ArrayList<>();
        fireRescue.add(organisation(DEMO_FIRE_RESCUE));
        for (int i = 1; i < scale.fireRescueAssociations(); i++) {
            fireRescue.add(newOrganisation("Räddningstjänstförbundet " + region(i), "RTJ " + i, "FIRE_RESCUE"));
        }

        int demoHas = (int) single("SELECT COUNT(*) FROM ACT_ACTIVITY WHERE AGREEMENT_ID = " + DEMO_AGREEMENT);
        int demoToAdd = Math.max(0, scale.demoActivities() - demoHas);
        int normal = scale.agreements() - (scale.bigAgreementActivities() > 0 ? 1 : 0);
        int spread = scale.totalActivities() - scale.demoActivities() - scale.bigAgreementActivities();

        Map<Long, Long> followUps = new LinkedHashMap<>();
        Structure demo = existing(DEMO_AGREEMENT);
        addActivities(demo, demoToAdd, demoHas);
        followUps.put(DEMO_AGREEMENT, reportingFollowUp(DEMO_AGREEMENT));

        List<Long> agreements = new ArrayList<>();
        long big = 0;
        long municipalityOfAll = organisation(DEMO_MUNICIPALITY);
        for (int i = 0; i < scale.agreements(); i++) {
            boolean isBig = scale.bigAgreementActivities() > 0 && i == 0;
            String place = isBig ? "Storstad" : municipalityName(i);
            long municipality = scale.ownMunicipalities()
                    ? newOrganisation(place + " kommun", place, "MUNICIPALITY") : municipalityOfAll;
            long housing = newOrganisation(place + " Bostäder AB " + (i + 1), "Bostäder " + (i + 1), "HOUSING_COMPANY");
            long property = newOrganisation(place + " Fastigheter AB " + (i + 1), "Fastigheter " + (i + 1),
                    "PROPERTY_COMPANY");
            Structure s = newAgreement(place + " " + (i + 1), List.of(municipality, police,
                    fireRescue.get(i % fireRescue.size()), prison, housing, property));
            grant(coordinator, s.agreementId);
            users(s, municipality, housing);
            int count = isBig ? scale.bigAgreementActivities()
                    : spread / normal + (i - (scale.bigAgreementActivities() > 0 ? 1 : 0) < spread % normal ? 1 : 0);
            addActivities(s, count, 0);
            followUps.put(s.agreementId, reportingFollowUp(s.agreementId));
            agreements.add(s.agreementId);
            if (isBig) {
                big = s.agreementId;
            }
            inserts.flushIfFull();
            db.commit();
        }
        inserts.flush();
        for (Map.Entry<String, Long> next : nextIds.entrySet()) {
            try (Statement st = db.createStatement()) {
                st.executeUpdate("ALTER TABLE " + next.getKey() + " ALTER COLUMN ID RESTART WITH " + next.getValue());
            }
        }
        return new Built(agreements, big, followUps, firstActivities, activityCount, updateCount, auditCount,
                Duration.ofNanos(System.nanoTime() - start));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Organisations, users, agreements

    private long organisation(String name) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT ID FROM AGR_ORGANISATION WHERE NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no organisation " + name + ": grow a database with the demo data");
                }
                organisationNames.put(rs.getLong(1), name);
                return rs.getLong(1);
            }
        }
    }

    private long newOrganisation(String name, String shortName, String type) throws SQLException {
        long id = id("AGR_ORGANISATION");
        organisationNames.put(id, name);
        inserts.row("INSERT INTO AGR_ORGANISATION (ID, NAME, SHORT_NAME, ORG_TYPE, ORG_NUMBER, VERSION)"
                + " VALUES (?, ?, ?, ?, NULL, 1)", id, name, shortName, type);
        audit(null, "ORGANISATION", id, "CREATED", name, null, LocalDateTime.of(2024, 12, 1, 9, 0));
        return id;
    }

    /** The user who coordinates everything built: the demo coordinator, or a new one with the same password. */
    private long coordinatorOfAll() throws SQLException {
        long existing = single("SELECT COALESCE(MAX(ID), 0) FROM IDN_USER_ACCOUNT WHERE USERNAME = '"
                + scale.coordinatorOfAll() + "'");
        if (existing > 0) {
            return existing;
        }
        long id = account(scale.coordinatorOfAll(), "Rikssamordnare", organisation(DEMO_MUNICIPALITY), "coordinator");
        grant(id, DEMO_AGREEMENT);
        return id;
    }

    /** The agreement's own accounts: its coordinator, a board member, a partner of its housing company. */
    private void users(Structure s, long municipality, long housing) throws SQLException {
        String[][] kinds = {{"samordnare", "coordinator"}, {"styrgrupp", "board"}, {"part", "partner"}};
        for (int k = 0; k < Math.min(kinds.length, scale.usersPerAgreement()); k++) {
            String username = "a" + s.agreementId + "-" + kinds[k][0];
            long id = account(username, "Användare " + username, "partner".equals(kinds[k][1]) ? housing : municipality,
                    kinds[k][1]);
            if ("coordinator".equals(kinds[k][1])) {
                grant(id, s.agreementId);
            }
        }
    }

    /** An account with the demo users' password (its hash copied), in one role. */
    private long account(String username, String name, long organisation, String role) throws SQLException {
        long id = id("IDN_USER_ACCOUNT");
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO IDN_USER_ACCOUNT (ID, USERNAME, DISPLAY_NAME,"
                + " EMAIL, ORGANISATION_ID, PASSWORD_HASH, ACTIVE, FAILED_SIGN_INS, LOCKED_UNTIL, LANGUAGE, VERSION,"
                + " MUST_CHANGE_PASSWORD, SESSION_EPOCH) SELECT CAST(? AS BIGINT), CAST(? AS VARCHAR(100)),"
                + " CAST(? AS VARCHAR(200)), CAST(NULL AS VARCHAR(200)), CAST(? AS BIGINT), PASSWORD_HASH, TRUE, 0,"
                + " CAST(NULL AS TIMESTAMP), 'sv', 1, FALSE, 0 FROM IDN_USER_ACCOUNT WHERE USERNAME = '" + DEMO_USER + "'")) {
            ps.setLong(1, id);
            ps.setString(2, username);
            ps.setString(3, name);
            ps.setLong(4, organisation);
            ps.executeUpdate();
        }
        try (Statement st = db.createStatement()) {
            st.executeUpdate("INSERT INTO IDN_USER_ROLE (USER_ID, ROLE_NAME) VALUES (" + id + ", '" + role + "')");
        }
        audit(null, "USER_ACCOUNT", id, "CREATED", username, null, LocalDateTime.of(2024, 12, 1, 9, 0));
        return id;
    }

    private void grant(long userId, long agreementId) throws SQLException {
        inserts.row("INSERT INTO IDN_COORDINATOR (USER_ID, AGREEMENT_ID) VALUES (?, ?)", userId, agreementId);
    }

    /** An agreement's ids, as the activities need them. */
    private static final class Structure {
        long agreementId;
        final List<Long> parties = new ArrayList<>();
        final List<Long> partyOrganisations = new ArrayList<>();
        final List<String> partyNames = new ArrayList<>();
        final List<Long> areas = new ArrayList<>();
        final List<String> areaCodes = new ArrayList<>();
        final Map<Long, List<Long>> goalsOfArea = new LinkedHashMap<>();
    }

    private Structure existing(long agreementId) throws SQLException {
        Structure s = new Structure();
        s.agreementId = agreementId;
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT p.ID, p.ORGANISATION_ID, o.NAME FROM AGR_PARTY p JOIN"
                    + " AGR_ORGANISATION o ON o.ID = p.ORGANISATION_ID WHERE p.AGREEMENT_ID = " + agreementId
                    + " ORDER BY p.SORT_ORDER")) {
                while (rs.next()) {
                    s.parties.add(rs.getLong(1));
                    s.partyOrganisations.add(rs.getLong(2));
                    s.partyNames.add(rs.getString(3));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT ID, CODE FROM AGR_PRIORITY_AREA WHERE AGREEMENT_ID = "
                    + agreementId + " ORDER BY SORT_ORDER")) {
                while (rs.next()) {
                    s.areas.add(rs.getLong(1));
                    s.areaCodes.add(rs.getString(2));
                    s.goalsOfArea.put(rs.getLong(1), new ArrayList<>());
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT g.ID, g.AREA_ID FROM AGR_GOAL g JOIN AGR_PRIORITY_AREA a"
                    + " ON a.ID = g.AREA_ID WHERE a.AGREEMENT_ID = " + agreementId + " ORDER BY g.SORT_ORDER")) {
                while (rs.next()) {
                    s.goalsOfArea.get(rs.getLong(2)).add(rs.getLong(1));
                }
            }
        }
        return s;
    }

    private Structure newAgreement(String name, List<Long> organisations) throws SQLException {
        Structure s = new Structure();
        long id = id("AGR_AGREEMENT");
        s.agreementId = id;
        String title = "Samverkansöverenskommelse " + name + " 2025–2026";
        LocalDateTime created = LocalDateTime.of(2024, 12, 10, 10, 0);
        inserts.row("INSERT INTO AGR_AGREEMENT (ID, TITLE, VALID_FROM, VALID_TO, STATUS, DIARY_NUMBER, DECIDED_BY,"
                        + " DECIDED_ON, DESCRIPTION, UPDATE_INTERVAL_DAYS, PARTIES_REPORT_OWN, RENEWS_ID, VERSION)"
                        + " VALUES (?, ?, ?, ?, 'ACTIVE', ?, 'Kommunstyrelsen', ?, ?, 60, TRUE, NULL, 2)",
                id, title, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), "KS-2024/" + (100 + id),
                LocalDate.of(2024, 12, 10), "Samverkan mot brott och för ökad trygghet i " + name
                        + ": kommunen, polisen, räddningstjänsten, Kriminalvården och fastighetsägarna.");
        audit(id, "AGREEMENT", id, "CREATED", title, null, created);
        for (int i = 0; i < organisations.size(); i++) {
            long party = id("AGR_PARTY");
            inserts.row("INSERT INTO AGR_PARTY (ID, AGREEMENT_ID, ORGANISATION_ID, SIGNATORY_NAME, SIGNATORY_TITLE,"
                            + " SIGNED_ON, CONTACT_PERSON, SORT_ORDER, VERSION) VALUES (?, ?, ?, NULL, ?, ?, NULL, ?, 1)",
                    party, id, organisations.get(i), "Chef", LocalDate.of(2024, 12, 10), i + 1);
            s.parties.add(party);
            s.partyOrganisations.add(organisations.get(i));
            s.partyNames.add(organisationNames.get(organisations.get(i)));
            audit(id, "PARTY", party, "CREATED", organisationNames.get(organisations.get(i)), null, created);
        }
        for (int a = 0; a < AREAS.length; a++) {
            long area = id("AGR_PRIORITY_AREA");
            inserts.row("INSERT INTO AGR_PRIORITY_AREA (ID, AGREEMENT_ID, CODE, NAME, DESCRIPTION, SORT_ORDER, VERSION)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 1)", area, id, AREAS[a], AREA_NAMES[a],
                    "Prioriterat område enligt lägesbilden för " + name + ".", a + 1);
            audit(id, "PRIORITY_AREA", area, "CREATED", AREAS[a] + " " + AREA_NAMES[a], null, created);
            s.areas.add(area);
            s.areaCodes.add(AREAS[a]);
            List<Long> goals = new ArrayList<>();
            long overall = goal(area, null, "Övergripande mål: " + AREA_NAMES[a].toLowerCase() + " ska förbättras", 1);
            goals.add(overall);
            goals.add(goal(area, overall, "Delmål: samverkan mellan parterna", 2));
            goals.add(goal(area, overall, "Delmål: förebyggande insatser", 3));
            for (long goal : goals) {
                audit(id, "GOAL", goal, "CREATED", "mål " + goal, null, created);
            }
            s.goalsOfArea.put(area, goals);
        }
        audit(id, "AGREEMENT", id, "UPDATED", title, "status: DRAFT → ACTIVE", created.plusHours(1));
        return s;
    }

    private long goal(long area, Long parent, String title, int order) throws SQLException {
        long id = id("AGR_GOAL");
        inserts.row("INSERT INTO AGR_GOAL (ID, AREA_ID, PARENT_ID, TITLE, DESCRIPTION, SORT_ORDER, VERSION)"
                + " VALUES (?, ?, ?, ?, NULL, ?, 1)", id, area, parent, title, order);
        return id;
    }

    private long reportingFollowUp(long agreementId) throws SQLException {
        long id = id("FUP_FOLLOW_UP");
        inserts.row("INSERT INTO FUP_FOLLOW_UP (ID, AGREEMENT_ID, KIND, TITLE, PERIOD_FROM, PERIOD_TO, STATUS, SUMMARY,"
                        + " REVISES_ID, VERSION) VALUES (?, ?, 'ANNUAL', 'Årsuppföljning 2025', ?, ?, 'REPORTING', ?, NULL, 2)",
                id, agreementId, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                "Arbetet har i huvudsak gått enligt plan. Se respektive område.");
        LocalDateTime at = LocalDateTime.of(2026, 1, 15, 9, 0);
        audit(agreementId, "FOLLOW_UP", id, "CREATED", "Årsuppföljning 2025", null, at);
        audit(agreementId, "FOLLOW_UP", id, "UPDATED", "reporting opened", "status: DRAFT → REPORTING", at);
        return id;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Activities and their history

    private void addActivities(Structure s, int count, int alreadyThere) throws SQLException {
        for (int n = 0; n < count; n++) {
            int number = alreadyThere + n + 1;
            int a = number % s.areas.size();
            long area = s.areas.get(a);
            List<Long> goals = s.goalsOfArea.get(area);
            Long goal = goals.isEmpty() ? null : goals.get(random.nextInt(goals.size()));
            int lead = random.nextInt(s.parties.size());
            long leadParty = s.parties.get(lead);
            String reference = s.areaCodes.get(a) + "-" + (100 + number);
            LocalDate startDate = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(180));
            LocalDate due = startDate.plusDays(120 + random.nextInt(600));
            long id = id("ACT_ACTIVITY");
            firstActivities.putIfAbsent(s.agreementId, id);
            activityCount++;

            // The history: rising progress, the last one the activity's state; some stop reporting long ago.
            String finalStatus = STATUSES[random.nextInt(STATUSES.length)];
            boolean recent = recentLeft > 0;
            recentLeft--;
            boolean quiet = !recent && random.nextInt(10) < 3;
            LocalDateTime first = startDate.atTime(9, 0).plusDays(7);
            LocalDateTime last = recent ? now.minusNanos(10_000_000L * (recentLeft + 1)) // a burst, 10 ms apart
                    : quiet ? tenDaysAgo.minusDays(70 + random.nextInt(200)).atTime(14, 0)
                    : tenDaysAgo.minusDays(random.nextInt(50)).atTime(10, 30);
            if (!last.isAfter(first)) {
                last = first.plusDays(30);
            }
            String status = "PLANNED";
            int progress = 0;
            String light = "GREEN";
            LocalDateTime lastAt = null;
            int updates = scale.updatesPerActivity();
            long stepSeconds = Duration.between(first, last).getSeconds() / Math.max(1, updates - 1);
            String reporter = "Handläggare, " + s.partyNames.get(lead);
            long reporterOrg = s.partyOrganisations.get(lead);
            List<Object[]> history = new ArrayList<>();
            for (int u = 0; u < updates; u++) {
                boolean isLast = u == updates - 1;
                String newStatus = isLast ? finalStatus : "IN_PROGRESS";
                int newProgress = "COMPLETED".equals(newStatus) ? 100
                        : Math.min(95, (u + 1) * 90 / updates + random.nextInt(5));
                String newLight = isLast ? LIGHTS[random.nextInt(LIGHTS.length)] : "GREEN";
                LocalDateTime at = first.plusSeconds(stepSeconds * u);
                history.add(new Object[] {newStatus, newLight, newProgress, at, status, progress, lastAt});
                status = newStatus;
                progress = newProgress;
                light = newLight;
                lastAt = at;
            }
            inserts.row("INSERT INTO ACT_ACTIVITY (ID, AGREEMENT_ID, AREA_ID, GOAL_ID, REFERENCE, TITLE, DESCRIPTION,"
                            + " LEAD_PARTY_ID, CONTACT_PERSON, REPORTER_USER, START_DATE, DUE_DATE, STATUS, LIGHT, PROGRESS,"
                            + " WEIGHT, SORT_ORDER, CARRIED_OVER_FROM_ID, CREATED_ON, LAST_UPDATE_AT, VERSION)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)",
                    id, s.agreementId, area, goal, reference, title(reference, a),
                    "Beskrivning av aktiviteten " + reference + ": vad som ska göras, av vem och hur det följs upp"
                            + " i samverkan mellan parterna inom området.",
                    leadParty, "Kontaktperson " + (1 + random.nextInt(40)), startDate, due, status, light, progress,
                    1 + random.nextInt(3), number, LocalDate.of(2025, 1, 1), lastAt == null ? null
                            : Timestamp.valueOf(lastAt), 1L + updates);
            audit(s.agreementId, "ACTIVITY", id, "CREATED", reference, null, startDate.atTime(8, 0));
            int participants = 1 + random.nextInt(2);
            int firstOther = 1 + random.nextInt(s.parties.size() - participants);
            for (int p = 0; p < participants; p++) { // the parties after the lead, round the table
                inserts.row("INSERT INTO ACT_PARTICIPANT (ACTIVITY_ID, PARTY_ID) VALUES (?, ?)", id,
                        s.parties.get((lead + firstOther + p) % s.parties.size()));
            }
            for (Object[] h : history) {
                long updateId = id("ACT_STATUS_UPDATE");
                updateCount++;
                LocalDateTime at = (LocalDateTime) h[3];
                inserts.row("INSERT INTO ACT_STATUS_UPDATE (ID, ACTIVITY_ID, STATUS, LIGHT, PROGRESS, COMMENT_TEXT,"
                                + " HOURS_SPENT, REPORTED_BY, REPORTER_ORG_ID, REPORTED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        updateId, id, h[0], h[1], h[2], "Lägesrapport för " + reference + ": genomfört enligt plan under"
                                + " perioden, nästa steg planerat tillsammans med de medverkande parterna.",
                        random.nextInt(3) == 0 ? new java.math.BigDecimal(1 + random.nextInt(20)) : null,
                        reporter, reporterOrg, Timestamp.valueOf(at));
                LocalDateTime before = (LocalDateTime) h[6];
                String changes = (h[4].equals(h[0]) ? "" : "status: " + h[4] + " → " + h[0] + "\n")
                        + (h[5].equals(h[2]) ? "" : "progress: " + h[5] + " → " + h[2] + "\n")
                        + "lastUpdateAt: " + (before == null ? "–" : before.toString()) + " → " + at;
                audit(s.agreementId, "ACTIVITY", id, "STATUS_REPORTED",
                        h[0] + " " + h[1] + " " + h[2] + " % (" + reporter + ")", changes, at);
            }
            inserts.flushIfFull();
        }
    }

    private static String title(String reference, int area) {
        String[] what = {"Samverkansmöten mellan kommunens enhet och polisen", "Trygghetsvandringar i bostadsområden",
                "Förebyggande insatser för unga i riskmiljöer", "Utbildning för personal om våld i nära relationer",
                "Gemensam lägesbild och kartläggning", "Informationsinsatser till boende"};
        return what[(reference.hashCode() & 0x7fffffff) % what.length] + " (" + AREA_NAMES[area].toLowerCase() + ")";
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void audit(Long agreementId, String subject, long subjectId, String action, String summary, String changes,
                       LocalDateTime at) throws SQLException {
        auditCount++;
        inserts.row("INSERT INTO AUD_ENTRY (ID, OCCURRED_AT, ACTOR, AGREEMENT_ID, SUBJECT, SUBJECT_ID, ACTION, SUMMARY,"
                        + " ACTOR_ORGANISATION_ID, CHANGES) VALUES (?, ?, 'system', ?, ?, ?, ?, ?, NULL, ?)",
                id("AUD_ENTRY"), Timestamp.valueOf(at), agreementId, subject, subjectId, action, summary, changes);
    }

    private long id(String table) {
        long id = nextIds.get(table);
        nextIds.put(table, id + 1);
        return id;
    }

    private long single(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String municipalityName(int i) {
        String[] first = {"Ny", "Öster", "Väster", "Norr", "Söder", "Berg", "Sjö", "Skogs", "Ström", "Lund", "Ek",
                "Björk", "Gran", "Al", "Ask", "Lind", "Hög", "Dal"};
        String[] second = {"by", "köping", "hamn", "sala", "vik", "torp", "ås", "näs", "å", "stad", "holm", "berga",
                "sund", "fors", "ryd", "hult", "mo"};
        return first[i % first.length] + second[(i / first.length) % second.length];
    }

    private static String region(int i) {
        return "region " + i;
    }

    /** Batched inserts, one prepared statement per SQL text, sent every thousand rows. */
    private static final class Inserts {
        private static final int BATCH = 1000;
        private final Connection db;
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
        private final Map<String, Integer> pending = new LinkedHashMap<>();
        private final Map<String, int[]> types = new LinkedHashMap<>();
        private int total;

        Inserts(Connection db) {
            this.db = db;
        }

        void row(String sql, Object... values) throws SQLException {
            PreparedStatement ps = statements.get(sql);
            if (ps == null) {
                ps = db.prepareStatement(sql);
                statements.put(sql, ps);
                int[] parameterTypes = new int[values.length];
                for (int i = 0; i < values.length; i++) {
                    parameterTypes[i] = ps.getParameterMetaData().getParameterType(i + 1);
                }
                types.put(sql, parameterTypes);
            }
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    ps.setNull(i + 1, types.get(sql)[i]);
                } else if (v instanceof LocalDate d) {
                    ps.setDate(i + 1, java.sql.Date.valueOf(d));
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            ps.addBatch();
            pending.merge(sql, 1, Integer::sum);
            total++;
        }

        void flushIfFull() throws SQLException {
            if (total >= BATCH * 20) {
                flush();
                db.commit();
            }
        }

        /** Sends every pending row, in the order the tables were first written (parents before children). */
        void flush() throws SQLException {
            for (Map.Entry<String, PreparedStatement> e : statements.entrySet()) {
                if (pending.getOrDefault(e.getKey(), 0) > 0) {
                    e.getValue().executeBatch();
                    pending.put(e.getKey(), 0);
                }
            }
            total = 0;
        }
    }
}
