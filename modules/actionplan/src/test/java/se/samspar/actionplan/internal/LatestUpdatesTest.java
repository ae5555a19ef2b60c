package se.samspar.actionplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The walk's native SQL on embedded Derby, with the index its migration creates: it parses (Derby's optimizer
 * overrides name a real index), keeps to the agreements asked for, and gives the newest first, no more than asked.
 */
class LatestUpdatesTest {
    private static final String URL = "jdbc:derby:memory:latest-updates";
    private Connection c;

    @BeforeEach
    void tables() throws SQLException, IOException {
        c = DriverManager.getConnection(URL + ";create=true");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ACT_ACTIVITY (ID BIGINT PRIMARY KEY, AGREEMENT_ID BIGINT NOT NULL)");
            s.execute("CREATE TABLE ACT_STATUS_UPDATE (ID BIGINT PRIMARY KEY, ACTIVITY_ID BIGINT NOT NULL,"
                    + " REPORTED_AT TIMESTAMP NOT NULL)");
            s.execute(indexOfTheMigration());
        }
        // Agreements 1–25, an activity each (id = agreement); 4 updates per activity, an hour apart across all.
        try (PreparedStatement activity = c.prepareStatement("INSERT INTO ACT_ACTIVITY VALUES (?, ?)");
             PreparedStatement update = c.prepareStatement("INSERT INTO ACT_STATUS_UPDATE VALUES (?, ?, ?)")) {
            long id = 0;
            for (long a = 1; a <= 25; a++) {
                activity.setLong(1, a);
                activity.setLong(2, a);
                activity.executeUpdate();
            }
            for (int round = 0; round < 4; round++) {
                for (long a = 1; a <= 25; a++) {
                    id++;
                    update.setLong(1, id);
                    update.setLong(2, a);
                    update.setTimestamp(3, Timestamp.valueOf(LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(id)));
                    update.executeUpdate();
                }
            }
        }
    }

    @AfterEach
    void drop() throws SQLException {
        c.close();
        try {
            DriverManager.getConnection(URL + ";drop=true");
        } catch (SQLException expected) {
            // Derby reports a dropped in-memory database as an exception.
        }
    }

    @Test
    void theNewestOfTheAgreementsAskedForComeFirstAndNoMoreThanAsked() throws SQLException {
        List<Long> all = LongStream.rangeClosed(1, 25).boxed().toList();
        assertEquals(List.of(100L, 99L, 98L), ids(LatestUpdates.walk(all, 3)));
        // Agreements 2 and 3: their updates are ids 2, 3, 27, 28, 52, 53, 77, 78.
        assertEquals(List.of(78L, 77L, 53L, 52L, 28L), ids(LatestUpdates.walk(List.of(2L, 3L), 5)));
        assertEquals(List.of(), ids(LatestUpdates.walk(List.of(99L), 10)));
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static String indexOfTheMigration() throws IOException {
        try (InputStream in = LatestUpdatesTest.class.getResourceAsStream(
                "/db/migration/actionplan/V20261201_20_61__status_updates_newest_first_index.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return script.substring(script.indexOf("CREATE INDEX")).replace(";", "").strip();
        }
    }
}
