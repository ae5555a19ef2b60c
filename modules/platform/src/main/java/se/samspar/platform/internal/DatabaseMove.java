package se.samspar.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import se.samspar.platform.api.DatabaseKind;

/**
 * Moves an installation from its embedded Derby to an empty PostgreSQL (issue 15), with Samspår stopped: both brought
 * to the current schema by the application's own migrations, every table copied in the order of its foreign keys, the
 * identity columns continued after the highest id moved, and then every row and value read back from PostgreSQL and
 * compared with Derby's — in one transaction that is committed only when all of it is equal. Nothing is written to a
 * PostgreSQL that holds data already. The Derby folder is left as it was (apart from migrations a newer version of
 * Samspår would have run on its next start anyway).
 *
 * <p>Started by {@code mvn -Pmove-to-postgres package} in the repository (docs/operations.md), or as
 * {@code java -cp … se.samspar.platform.internal.DatabaseMove} with the settings below as system properties or their
 * environment variables: {@code samspar.data.dir} (Derby's folder is {@code <dir>/samspar}), {@code samspar.db.url},
 * {@code samspar.db.user}, {@code samspar.db.password}.
 */
public final class DatabaseMove {
    private static final int BATCH = 500;

    private final Connection derby;
    private final Connection postgres;

    DatabaseMove(Connection derby, Connection postgres) {
        this.derby = derby;
        this.postgres = postgres;
    }

    public static void main(String[] args) {
        try {
            Path folder = Path.of(setting("samspar.data.dir", "data"), "samspar").toAbsolutePath();
            String url = setting("samspar.db.url", "");
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new MoveRefused("name the PostgreSQL to move to: samspar.db.url (SAMSPAR_DB_URL) as "
                        + "jdbc:postgresql://host:5432/samspar, with samspar.db.user and samspar.db.password");
            }
            List<MovedTable> moved = move(folder, url, setting("samspar.db.user", ""),
                    setting("samspar.db.password", ""));
            long rows = moved.stream().mapToLong(MovedTable::rows).sum();
            moved.stream().sorted(Comparator.comparing(MovedTable::name))
                    .forEach(t -> System.out.printf(Locale.ROOT, "  %-28s %,10d rows%n", t.name(), t.rows()));
            System.out.printf(Locale.ROOT, "Moved %d tables, %,d rows, from %s to %s; every row and value read back "
                    + "and equal. Start Samspår with samspar.db.url=%s.%n", moved.size(), rows, folder, url, url);
        } catch (MoveRefused | SQLException e) {
            System.err.println("Nothing was moved: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Moves Derby's database in {@code folder} to the PostgreSQL at {@code url}; the tables and their row counts. */
    static List<MovedTable> move(Path folder, String url, String user, String password) throws SQLException {
        if (!Files.isDirectory(folder)) {
            throw new MoveRefused("there is no Derby database in " + folder);
        }
        String derbyUrl = "jdbc:derby:" + folder;
        migrate(DatabaseKind.DERBY, derbyUrl, null, null);
        migrate(DatabaseKind.POSTGRESQL, url, user, password);
        try (Connection derby = DriverManager.getConnection(derbyUrl);
             Connection postgres = DriverManager.getConnection(url, user, password)) {
            return new DatabaseMove(derby, postgres).moveAll();
        } finally {
            shutDownDerby(derbyUrl);
        }
    }

    private List<MovedTable> moveAll() throws SQLException {
        List<MovedTable> tables = MovedTable.inForeignKeyOrder(derby);
        for (MovedTable table : tables) {
            long present = count(postgres, table.name());
            if (present > 0) {
                throw new MoveRefused("the PostgreSQL holds data already (" + table.name() + ": " + present
                        + " rows); the move writes only into an empty database");
            }
        }
        postgres.setAutoCommit(false);
        try {
            for (MovedTable table : tables) {
                copy(table);
            }
            for (MovedTable table : tables) {
                continueIdentity(table);
            }
            List<MovedTable> compared = new ArrayList<>();
            for (MovedTable table : tables) {
                compared.add(table.withRows(new MovedValues(table, derby, postgres).compare()));
            }
            postgres.commit();
            return compared;
        } catch (SQLException | RuntimeException e) {
            postgres.rollback();
            throw e;
        }
    }

    private void copy(MovedTable table) throws SQLException {
        String columns = String.join(", ", table.columns());
        String marks = String.join(", ", table.columns().stream().map(c -> "?").toList());
        try (Statement read = derby.createStatement();
             ResultSet rows = read.executeQuery("SELECT " + columns + " FROM " + table.name() + table.orderBy(false));
             PreparedStatement insert = postgres.prepareStatement(
                     "INSERT INTO " + table.name() + " (" + columns + ") VALUES (" + marks + ")")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            while (rows.next()) {
                for (int i = 1; i <= table.columns().size(); i++) {
                    Object value = MovedValues.read(rows, i);
                    if (value == null) {
                        insert.setNull(i, table.targetType(i));
                    } else {
                        insert.setObject(i, value);
                    }
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** New rows on PostgreSQL get ids after the highest one moved, as they would have on Derby. */
    private void continueIdentity(MovedTable table) throws SQLException {
        if (table.identity() == null) {
            return;
        }
        String sequence = "pg_get_serial_sequence('" + table.name().toLowerCase(Locale.ROOT) + "', '"
                + table.identity().toLowerCase(Locale.ROOT) + "')";
        try (Statement s = postgres.createStatement();
             ResultSet r = s.executeQuery("SELECT setval(" + sequence + ", COALESCE(MAX(" + table.identity()
                     + "), 0) + 1, false) FROM " + table.name())) {
            r.next();
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void migrate(DatabaseKind kind, String url, String user, String password) {
        try {
            Flyway.configure(DatabaseMove.class.getClassLoader()).dataSource(url, user, password)
                    .locations("classpath:db/migration", kind.migrations()).failOnMissingLocations(true)
                    .load().migrate();
        } catch (RuntimeException e) {
            String hint = kind == DatabaseKind.DERBY ? " (is Samspår still running on it? Stop it first)" : "";
            throw new MoveRefused("could not open and migrate " + url + hint + ": " + rootMessage(e));
        }
    }

    private static void shutDownDerby(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception.
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** A system property, else its environment variable ({@code samspar.db.url}: {@code SAMSPAR_DB_URL}). */
    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Why nothing was moved, in words for the operator. */
    static final class MoveRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MoveRefused(String message) {
            super(message);
        }
    }
}
