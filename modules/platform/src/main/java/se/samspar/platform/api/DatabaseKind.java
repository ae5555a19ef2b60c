package se.samspar.platform.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The databases Samspår runs on (issue 15): embedded Derby, the default, and PostgreSQL. Told from the JDBC driver's
 * product name, so nothing needs configuring beyond the data source. {@link #migrations()} names the folder of the
 * migrations written for this database alone, beside the shared ones in {@code db/migration}.
 */
public enum DatabaseKind {
    DERBY("derby"),
    POSTGRESQL("postgresql");

    private final String folder;

    DatabaseKind(String folder) {
        this.folder = folder;
    }

    /** Flyway's location of this database's own migrations, {@code db/derby} or {@code db/postgresql}. */
    public String migrations() {
        return "classpath:db/" + folder;
    }

    public static DatabaseKind of(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("derby")) {
            return DERBY;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("Samspår runs on Apache Derby or PostgreSQL, not on " + productName);
    }

    public static DatabaseKind of(Connection connection) throws SQLException {
        return of(connection.getMetaData().getDatabaseProductName());
    }
}
