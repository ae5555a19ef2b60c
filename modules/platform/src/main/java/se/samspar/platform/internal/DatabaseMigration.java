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
import se.samspar.platform.api.DatabaseKind;
import se.samspar.platform.api.SchemaReady;
import se.samspar.platform.api.SchemaStatus;

/**
 * Runs every module's Flyway migrations ({@code db/migration/<module>/V…} in each module's jar)
 * before anything touches the tables, limits Derby's lock waits to {@value #LOCK_WAIT_SECONDS} s,
 * then announces {@link SchemaReady}. Outside a transaction: Flyway commits its own steps.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration implements SchemaStatus {
    public static final String DATA_SOURCE = "java:app/jdbc/samspar";
    static final int LOCK_WAIT_SECONDS = 10;
    static final int IDENTITY_RANGE = 1000;
    static final int DEADLOCK_CHECK_SECONDS = 3;
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile boolean migrated;

    private volatile DatabaseKind kind;

    /**
     * The shared migrations ({@code db/migration/<module>}) and those written per database where the SQL must differ
     * ({@code db/derby/<module>}, {@code db/postgresql/<module>}: large text and binary columns, the append-only
     * triggers), one sequence of versions for both.
     */
    @PostConstruct
    void migrate() {
        kind = kindOfDatabase();
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", kind.migrations())
                .failOnMissingLocations(true)
                .load()
                .migrate();
        if (kind == DatabaseKind.DERBY) {
            setLockingProperties();
        }
        migrated = true;
        LOG.info(() -> "Database migrated: " + result.migrationsExecuted + " migration(s) applied, schema version "
                + result.targetSchemaVersion);
        schemaReady.fire(new SchemaReady(result.migrationsExecuted, result.targetSchemaVersion, kind));
    }

    /**
     * Row locks are held for milliseconds. A wait of more than 10 seconds means heavy contention: the transaction is
     * rolled back and, for a status report, sent again (the activity page) instead of keeping the user waiting for
     * Derby's default of 60 seconds. A database setting, not schema: set at every start, it takes effect at once.
     */
    private void setLockingProperties() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '" + LOCK_WAIT_SECONDS
                    + "')");
            // Derby looks for a lock cycle only after derby.locks.deadlockTimeout (20 s by default), longer than the
            // wait above: a cycle then ended as timeouts of every waiter. After 3 s it is found and one victim rolled
            // back (a status report is sent again), so the others go on.
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.deadlockTimeout', '"
                    + DEADLOCK_CHECK_SECONDS + "')");
            // Identity columns draw their values from ranges Derby reserves in a catalog row: with its default of
            // 100, parallel inserts into one table that meet at a range's end fail at once with 40XL1
            // ("tooMuchContention", DERBY-6999; seen once in LifecycleIT's parallel creates). 1,000 values a range
            // makes that ten times rarer; a crash then skips at most 1,000 ids of a table (ids have gaps anyway).
            // Read when a table's generator is first used after the start, so it holds from this start on.
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.language.sequence.preallocator', '"
                    + IDENTITY_RANGE + "')");
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the lock wait timeout", e);
        }
    }

    private DatabaseKind kindOfDatabase() {
        try (Connection c = dataSource.getConnection()) {
            return DatabaseKind.of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("could not reach the database", e);
        }
    }

    @Override
    public DatabaseKind kind() {
        return kind;
    }

    @Override
    public boolean migrated() {
        return migrated;
    }

    @Override
    public boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }
}
