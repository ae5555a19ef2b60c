package se.samspar.platform.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import se.samspar.platform.api.SchemaReady;
import se.samspar.platform.api.SchemaStatus;

/**
 * Runs every module's Flyway migrations ({@code db/migration/<module>/V…} in each module's jar)
 * before anything touches the tables, then announces {@link SchemaReady}. Outside a
 * transaction: Flyway commits its own steps.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration implements SchemaStatus {
    public static final String DATA_SOURCE = "java:app/jdbc/samspar";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        migrated = true;
        LOG.info(() -> "Database migrated: " + result.migrationsExecuted + " migration(s) applied, schema version "
                + result.targetSchemaVersion);
        schemaReady.fire(new SchemaReady(result.migrationsExecuted, result.targetSchemaVersion));
    }

    @Override
    public boolean migrated() {
        return migrated;
    }

    @Override
    public boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return s.executeQuery("VALUES 1").next();
        } catch (SQLException e) {
            return false;
        }
    }
}
