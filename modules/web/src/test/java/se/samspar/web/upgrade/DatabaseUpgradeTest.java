package se.samspar.web.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samspar.platform.api.DatabaseKind;

/**
 * Upgrade safety: a database created by the first released schema (the migrations of the first
 * release, up to {@value #FIRST_RELEASE}), filled with a row in every table, is migrated by the
 * current migrations — every row and every value it held is still there afterwards, and the new
 * tables are in place. Runs Flyway and embedded Derby directly, as the application does at startup.
 */
class DatabaseUpgradeTest {
    /** The last migration of the first release (issue "Foundation", commit 619c8c2). */
    static final String FIRST_RELEASE = "20261122.50.01";
    private static final String SEED = """
            INSERT INTO AGR_ORGANISATION (NAME, SHORT_NAME, ORG_TYPE, ORG_NUMBER, VERSION) VALUES ('Huddinge kommun', 'Huddinge', 'MUNICIPALITY', '212000-0084', 1);
            INSERT INTO AGR_ORGANISATION (NAME, SHORT_NAME, ORG_TYPE, ORG_NUMBER, VERSION) VALUES ('Polismyndigheten', 'Polisen', 'POLICE', NULL, 0);
            INSERT INTO AGR_AGREEMENT (TITLE, VALID_FROM, VALID_TO, STATUS, DIARY_NUMBER, DECIDED_BY, DECIDED_ON, DESCRIPTION, UPDATE_INTERVAL_DAYS, PARTIES_REPORT_OWN, RENEWS_ID, VERSION) VALUES ('Överenskommelse 2023–2024', '2023-01-01', '2024-12-31', 'ACTIVE', 'KS-2022/1', 'Kommunstyrelsen', '2022-12-12', 'Å ä ö – "citat" <b>', 60, TRUE, NULL, 3);
            INSERT INTO AGR_PARTY (AGREEMENT_ID, ORGANISATION_ID, SIGNATORY_NAME, SIGNATORY_TITLE, SIGNED_ON, CONTACT_PERSON, SORT_ORDER, VERSION) VALUES (1, 1, 'Ann', 'Kommundirektör', '2023-01-10', 'Bo', 1, 0);
            INSERT INTO AGR_PARTY (AGREEMENT_ID, ORGANISATION_ID, SIGNATORY_NAME, SIGNATORY_TITLE, SIGNED_ON, CONTACT_PERSON, SORT_ORDER, VERSION) VALUES (1, 2, NULL, 'Lokalpolisområdeschef', NULL, NULL, 2, 0);
            INSERT INTO AGR_PRIORITY_AREA (AGREEMENT_ID, CODE, NAME, DESCRIPTION, SORT_ORDER, VERSION) VALUES (1, 'VINR', 'Våld i nära relation', NULL, 1, 0);
            INSERT INTO AGR_GOAL (AREA_ID, PARENT_ID, TITLE, DESCRIPTION, SORT_ORDER, VERSION) VALUES (1, NULL, 'Våld i nära relationer ska upphöra', NULL, 1, 0);
            INSERT INTO AGR_GOAL (AREA_ID, PARENT_ID, TITLE, DESCRIPTION, SORT_ORDER, VERSION) VALUES (1, 1, 'Intern och extern samverkan', NULL, 1, 0);
            INSERT INTO ACT_ACTIVITY (AGREEMENT_ID, AREA_ID, GOAL_ID, REFERENCE, TITLE, DESCRIPTION, LEAD_PARTY_ID, CONTACT_PERSON, REPORTER_USER, START_DATE, DUE_DATE, STATUS, LIGHT, PROGRESS, WEIGHT, SORT_ORDER, CARRIED_OVER_FROM_ID, CREATED_ON, LAST_UPDATE_AT, VERSION) VALUES (1, 1, 2, 'VINR-1', 'Regelbundna möten EMV och BOPS', 'Beskrivning', 1, 'Kontakt', 'polis', '2023-02-01', '2024-12-31', 'IN_PROGRESS', 'YELLOW', 40, 2, 1, NULL, '2023-01-15', '2024-05-02 09:00:00', 4);
            INSERT INTO ACT_PARTICIPANT (ACTIVITY_ID, PARTY_ID) VALUES (1, 2);
            INSERT INTO ACT_STATUS_UPDATE (ACTIVITY_ID, STATUS, LIGHT, PROGRESS, COMMENT_TEXT, HOURS_SPENT, REPORTED_BY, REPORTER_ORG_ID, REPORTED_AT) VALUES (1, 'IN_PROGRESS', 'YELLOW', 40, 'Halvvägs', 2.50, 'Erik Sandberg', 2, '2024-05-02 09:00:00');
            INSERT INTO IDN_USER_ACCOUNT (USERNAME, DISPLAY_NAME, EMAIL, ORGANISATION_ID, PASSWORD_HASH, ACTIVE, FAILED_SIGN_INS, LOCKED_UNTIL, LANGUAGE, VERSION) VALUES ('samordnare', 'Anna Lindqvist', NULL, 1, 'PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==', TRUE, 1, NULL, 'sv', 2);
            INSERT INTO IDN_USER_ROLE (USER_ID, ROLE_NAME) VALUES (1, 'coordinator');
            INSERT INTO IDN_COORDINATOR (USER_ID, AGREEMENT_ID) VALUES (1, 1);
            INSERT INTO AUD_ENTRY (OCCURRED_AT, ACTOR, AGREEMENT_ID, SUBJECT, SUBJECT_ID, ACTION, SUMMARY) VALUES ('2024-05-02 09:00:01', 'samordnare', 1, 'ACTIVITY', 1, 'STATUS_REPORTED', 'IN_PROGRESS YELLOW 40 %')
            """;

    private Path folder;

    @AfterEach
    void shutDown() {
        try {
            DriverManager.getConnection("jdbc:derby:" + folder.resolve("db") + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception.
        }
    }

    @Test
    void theFirstReleasesDatabaseMigratesWithNothingLost() throws Exception {
        folder = Files.createDirectories(Path.of("target", "upgrade-db-" + System.nanoTime()));
        String url = "jdbc:derby:" + folder.resolve("db") + ";create=true";

        Flyway first = Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration", DatabaseKind.DERBY.migrations())
                .target(MigrationVersion.fromVersion(FIRST_RELEASE)).load();
        first.migrate();
        assertEquals(FIRST_RELEASE, first.info().current().getVersion().getVersion());

        Map<String, List<String>> before;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String insert : SEED.split(";\\s*\\n")) {
                s.executeUpdate(insert.strip());
            }
            before = contents(c);
        }
        assertTrue(before.size() >= 11, "every table of the first release: " + before.keySet());
        before.forEach((table, rows) -> assertTrue(!rows.isEmpty(), table + " holds a row"));

        Flyway current = Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration", DatabaseKind.DERBY.migrations()).load();
        int applied = current.migrate().migrationsExecuted;
        assertTrue(applied > 0, "the current release adds migrations");
        current.validate();

        try (Connection c = DriverManager.getConnection(url)) {
            Map<String, List<String>> after = contents(c, before);
            assertEquals(before, after, "every row and value of the first release is still there");
            try (ResultSet tables = c.getMetaData().getTables(null, null, "FUP_%", new String[] {"TABLE"})) {
                int n = 0;
                while (tables.next()) {
                    n++;
                }
                assertTrue(n >= 6, "the follow-up tables are in place: " + n);
            }
            // Accounts of before the password-change demand keep their passwords without it, in their first epoch;
            // the sign-in throttle and the installation secret start empty.
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT MUST_CHANGE_PASSWORD, SESSION_EPOCH FROM IDN_USER_ACCOUNT")) {
                assertTrue(r.next());
                assertEquals(false, r.getBoolean(1));
                assertEquals(0, r.getInt(2));
            }
            for (String table : List.of("IDN_SIGN_IN_THROTTLE", "IDN_SECRET")) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    assertEquals(0, r.getLong(1), table);
                }
            }
        }
        System.out.println("Upgrade: " + before.size() + " tables of release " + FIRST_RELEASE + " kept all "
                + before.values().stream().mapToInt(List::size).sum() + " rows through " + applied + " migration(s)");
    }

    /** Every application table's rows, each as "COLUMN=value;" in column order, sorted. */
    private static Map<String, List<String>> contents(Connection c) throws SQLException {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> table : columns(c).entrySet()) {
            result.put(table.getKey(), rows(c, table.getKey(), table.getValue()));
        }
        return result;
    }

    /**
     * The same tables, and only the columns they had before the upgrade: a column a later release
     * adds is not a loss.
     */
    private static Map<String, List<String>> contents(Connection c, Map<String, List<String>> before)
            throws SQLException {
        Map<String, List<String>> now = columns(c);
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (String table : before.keySet()) {
            List<String> old = before.get(table).isEmpty() ? now.get(table)
                    : List.of(before.get(table).get(0).split(";")).stream().map(kv -> kv.substring(0, kv.indexOf('=')))
                            .toList();
            result.put(table, rows(c, table, old));
        }
        return result;
    }

    /** Application tables (not Flyway's) and their columns. */
    private static Map<String, List<String>> columns(Connection c) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (ResultSet t = c.getMetaData().getTables(null, "APP", "%", new String[] {"TABLE"})) {
            while (t.next()) {
                String table = t.getString("TABLE_NAME");
                if (!table.toLowerCase().startsWith("flyway")) {
                    columns.put(table, new ArrayList<>());
                }
            }
        }
        for (String table : columns.keySet()) {
            try (ResultSet col = c.getMetaData().getColumns(null, "APP", table, "%")) {
                while (col.next()) {
                    columns.get(table).add(col.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    private static List<String> rows(Connection c, String table, List<String> columns) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.size(); i++) {
                    row.append(columns.get(i - 1)).append('=').append(r.getString(i)).append(';');
                }
                out.add(row.toString());
            }
        }
        out.sort(null);
        return out;
    }
}
