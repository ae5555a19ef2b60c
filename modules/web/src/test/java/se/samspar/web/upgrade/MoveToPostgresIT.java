package se.samspar.web.upgrade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.samspar.platform.internal.DatabaseMove;
import se.samspar.web.e2e.AppProcess;
import se.samspar.web.e2e.SamsparClient;

/**
 * Issue 15: an installation moves from its embedded Derby to PostgreSQL with the documented command. The demo
 * installation is started on Derby, an annual follow-up adopted and the app stopped, a file and a text with every kind of character are added, the move
 * runs as its own process ({@link DatabaseMove}'s main, as {@code mvn -Pmove-to-postgres package} runs it), and then:
 * every table holds as many rows on PostgreSQL as on Derby, the added values are equal to the byte, a second move
 * is refused, and Samspår started on the PostgreSQL shows the agreement and takes a new status report.
 *
 * <p>Runs in the postgres profile only (it needs the PostgreSQL that profile starts: database {@code samspar_move}).
 */
class MoveToPostgresIT {
    private static final String PASSWORD = "samspar-demo";
    private static final String TEXT = "Åsa Öberg – \"citat\" <b>&amp; 'apostrof'\n\tRad två, emoji 🚓, ½ € ß";

    private final String url = System.getProperty("it.db.move-url", "");
    private final String user = System.getProperty("it.db.user", "");
    private final String password = System.getProperty("it.db.password", "");

    @Test
    void theDemoInstallationMovesWithEveryRowAndValue() throws Exception {
        assertTrue(url.startsWith("jdbc:postgresql:"), "the postgres profile names the database: " + url);
        Path dir = Files.createDirectories(Path.of("target", "move-to-postgres-" + System.nanoTime()).toAbsolutePath());
        Path data = dir.resolve("data");
        AppProcess onDerby = AppProcess.start(data, dir.resolve("derby.log"), true, List.of());
        try {
            SamsparClient coordinator = new SamsparClient(onDerby.baseUrl());
            assertTrue(coordinator.signIn("samordnare", PASSWORD));
            long followUp = coordinator.openAnnualFollowUp(1, 2024);
            assertTrue(coordinator.adopt(followUp, coordinator.get("/follow-up?id=" + followUp), "2025-03-15").ok(),
                    "an adopted follow-up (its frozen snapshot) to move");
        } finally {
            onDerby.stop();
        }

        byte[] file = new byte[70_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i * 31 + i / 256);
        }
        String derbyUrl = "jdbc:derby:" + data.resolve("samspar");
        long attachment;
        try (Connection derby = DriverManager.getConnection(derbyUrl)) {
            attachment = addAttachment(derby, file);
        } finally {
            shutDown(derbyUrl);
        }
        Map<String, Long> before = counts(derbyUrl, null, null);
        shutDown(derbyUrl);

        Moved first = runMove(data, dir.resolve("move.log"));
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("every row and value read back and equal"), first.output());

        Map<String, Long> after = counts(url, user, password);
        assertEquals(before, after, "every table holds as many rows on PostgreSQL as on Derby");
        assertTrue(before.get("ACT_STATUS_UPDATE") > 0 && before.get("AUD_ENTRY") > 0 && before.get("FUP_SNAPSHOT") > 0,
                "the demo's reports, audit trail and adopted follow-ups were there to move: " + before);
        try (Connection pg = DriverManager.getConnection(url, user, password);
             PreparedStatement s = pg.prepareStatement(
                     "SELECT CONTENT, FILE_NAME, UPLOADED_AT FROM COO_ATTACHMENT WHERE ID = ?")) {
            s.setLong(1, attachment);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the attachment is on PostgreSQL under its id");
                assertArrayEquals(file, r.getBytes(1), "the file's bytes");
                assertEquals(TEXT, r.getString(2));
                assertEquals(Timestamp.valueOf("2026-11-30 12:34:56.789012"), r.getTimestamp(3));
            }
        }

        Moved second = runMove(data, dir.resolve("move-again.log"));
        assertNotEquals(0, second.exit(), "a PostgreSQL holding data is never written to");
        assertTrue(second.output().contains("holds data already"), second.output());
        assertEquals(after, counts(url, user, password), "the refused move wrote nothing");

        AppProcess onPostgres = AppProcess.start(dir.resolve("unused"), dir.resolve("postgres.log"), true, List.of(
                "samspar.db.url=" + url, "samspar.db.user=" + user, "samspar.db.password=" + password));
        try {
            SamsparClient coordinator = new SamsparClient(onPostgres.baseUrl());
            assertTrue(coordinator.signIn("samordnare", PASSWORD), "the moved account signs in with its password");
            assertTrue(coordinator.get("/agreement?id=1").contains("Huddinge"), "the moved agreement is shown");
            assertTrue(coordinator.report(1, "IN_PROGRESS", 55, "after-the-move"),
                    "a new report gets an id after the moved ones");
        } finally {
            onPostgres.stop();
        }
        assertEquals(after.get("ACT_STATUS_UPDATE") + 1, counts(url, user, password).get("ACT_STATUS_UPDATE"));
    }

    private static long addAttachment(Connection derby, byte[] file) throws SQLException {
        try (PreparedStatement s = derby.prepareStatement("INSERT INTO COO_ATTACHMENT (AGREEMENT_ID, OWNER_KIND, "
                + "OWNER_ID, FILE_NAME, CONTENT_TYPE, SIZE_BYTES, CONTENT, UPLOADED_BY, UPLOADED_AT) "
                + "VALUES (1, 'AGREEMENT', 1, ?, 'application/pdf', ?, ?, 'samordnare', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, TEXT);
            s.setLong(2, file.length);
            s.setBytes(3, file);
            s.setTimestamp(4, Timestamp.valueOf("2026-11-30 12:34:56.789012"));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private record Moved(int exit, String output) {
    }

    /** The move as its own process, with the test's class path (the web module's, as the Maven profile gives it). */
    private Moved runMove(Path data, Path log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process move = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dsamspar.data.dir=" + data, "-Dsamspar.db.url=" + url, "-Dsamspar.db.user=" + user,
                "-Dsamspar.db.password=" + password, DatabaseMove.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(move.waitFor(5, TimeUnit.MINUTES), "the move ends");
        return new Moved(move.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Rows per application table (Flyway's left out), by upper-case name. */
    private static Map<String, Long> counts(String url, String user, String password) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            List<String> tables = new ArrayList<>();
            String schema = url.startsWith("jdbc:derby:") ? "APP" : "public";
            try (ResultSet t = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (t.next()) {
                    String name = t.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT);
                    if (!name.startsWith("FLYWAY")) {
                        tables.add(name);
                    }
                }
            }
            tables.sort(null);
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }

    private static void shutDown(String derbyUrl) {
        try {
            DriverManager.getConnection(derbyUrl + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception.
        }
    }
}
