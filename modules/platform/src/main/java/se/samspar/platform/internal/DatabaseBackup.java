package se.samspar.platform.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Backups;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.DatabaseKind;
import se.samspar.platform.api.SchemaReady;

/**
 * Derby's online backup ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}): a consistent copy taken while
 * users keep working, written to {@code <folder>/samspar-<time>/samspar} by the schedule and
 * {@code <folder>/samspar-manual-<time>/samspar} on demand. One backup at a time; after each, only the newest
 * {@code samspar.backup.keep} scheduled and {@code samspar.backup.keep-manual} manual ones stay
 * ({@link BackupRetention}). The schedule starts once the schema is ready.
 */
@ApplicationScoped
public class DatabaseBackup implements Backups {
    private static final Logger LOG = Logger.getLogger(DatabaseBackup.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PARTIAL = "incomplete-";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    CallerContext callers;
    @Inject
    Clock clock;
    @Inject
    Event<BackupTaken> taken;
    @Inject
    @ConfigProperty(name = "samspar.backup.dir", defaultValue = "backups")
    String folder;
    @Inject
    @ConfigProperty(name = "samspar.backup.keep", defaultValue = "7")
    int keep;
    @Inject
    @ConfigProperty(name = "samspar.backup.keep-manual", defaultValue = "7")
    int keepManual;
    @Inject
    @ConfigProperty(name = "samspar.backup.interval-hours", defaultValue = "24")
    double intervalHours;

    private ScheduledFuture<?> schedule;
    private volatile boolean derby = true;

    void start(@Observes SchemaReady ready) {
        derby = ready.kind() == DatabaseKind.DERBY;
        if (!derby) {
            LOG.info("The database is PostgreSQL: its backups are pg_dump's or point-in-time recovery's"
                    + " (docs/operations.md), not the application's");
            return;
        }
        // Fractions of an hour are allowed: the reliability test runs the schedule every few seconds.
        long millis = Math.round(intervalHours * 3_600_000);
        if (millis > 0) {
            schedule = scheduler.scheduleAtFixedRate(this::scheduled, millis, millis, TimeUnit.MILLISECONDS);
            LOG.info(() -> "Backups every " + intervalHours + " h to " + root() + ", the newest " + keep
                    + " scheduled and " + keepManual + " manual ones kept");
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void scheduled() {
        try {
            callers.runAs(Caller.SYSTEM, () -> take(true));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Scheduled backup failed", e);
        }
    }

    @Override
    public boolean takenByTheApplication() {
        return derby;
    }

    @Override
    public Backup backUpNow() {
        requireAdministrator();
        if (!derby) {
            throw new IllegalStateException("on PostgreSQL backups are taken with the database's own tools");
        }
        return take(false);
    }

    @Override
    public List<Backup> list() {
        requireAdministrator();
        return backups();
    }

    private void requireAdministrator() {
        Caller c = callers.current();
        AccessDenied.unless(c.system() || c.isAdministrator(), "take or list backups");
    }

    private synchronized Backup take(boolean scheduled) {
        LocalDateTime now = LocalDateTime.now(clock);
        String prefix = scheduled ? BackupRetention.SCHEDULED : BackupRetention.MANUAL;
        Path target = root().resolve(prefix + TIME.format(now));
        while (Files.exists(target)) { // two backups within a second: the later is named a second on
            now = now.plusSeconds(1);
            target = root().resolve(prefix + TIME.format(now));
        }
        // Written under another name and renamed when complete: a backup cut short by a stop or a crash is never
        // listed, kept or restored as if it were whole.
        Path partial = root().resolve(PARTIAL + target.getFileName());
        try {
            Files.createDirectories(root());
            deleteFolder(partial);
            try (Connection c = dataSource.getConnection();
                 CallableStatement backup = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, partial.toAbsolutePath().toString());
                backup.execute();
            }
            // The old ones go before the new one is put in place: a stop at any moment leaves at most the newest
            // `keep` (one fewer while the move is pending), never one too many.
            pruneFor(target.getFileName().toString());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("backup to " + target + " failed", e);
        }
        Backup made = describe(target);
        LOG.info(() -> "Backup taken: " + made.folder() + " (" + made.bytes() + " bytes)");
        taken.fire(new BackupTaken(made.name(), made.bytes(), scheduled));
        return made;
    }

    /**
     * Makes room for the backup about to be named {@code coming}: keeps, counting it, the newest {@code keep}
     * scheduled and {@code keepManual} manual backups, deleting older ones and what a stop or crash left incomplete.
     */
    private void pruneFor(String coming) {
        try (Stream<Path> dirs = Files.list(root())) {
            for (Path left : dirs.filter(d -> d.getFileName().toString().startsWith(PARTIAL)
                    && !d.getFileName().toString().equals(PARTIAL + coming)).toList()) {
                deleteFolder(left);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete an incomplete backup in " + root(), e);
        }
        List<String> names = new ArrayList<>(backups().stream().map(Backup::name).toList());
        names.add(coming);
        for (String old : BackupRetention.toDelete(names, keep, keepManual)) {
            try {
                // Renamed first: a stop part-way through deleting leaves an incomplete folder, never a backup with
                // files missing that would still be listed and could be restored.
                Path doomed = root().resolve(PARTIAL + old);
                Files.move(root().resolve(old), doomed, StandardCopyOption.ATOMIC_MOVE);
                deleteFolder(doomed);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete old backup " + old, e);
            }
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private List<Backup> backups() {
        if (!Files.isDirectory(root())) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root())) {
            List<Backup> out = new ArrayList<>();
            dirs.filter(d -> d.getFileName().toString().startsWith("samspar-") && Files.isDirectory(d.resolve("samspar")))
                    .forEach(d -> out.add(describe(d)));
            out.sort(Comparator.comparing(Backup::takenAt).thenComparing(Backup::name).reversed());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Backup describe(Path dir) {
        long bytes;
        try (Stream<Path> files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            bytes = -1;
        }
        String name = dir.getFileName().toString();
        LocalDateTime at = LocalDateTime.parse(name.substring(BackupRetention.manual(name)
                ? BackupRetention.MANUAL.length() : BackupRetention.SCHEDULED.length()), TIME);
        return new Backup(name, dir.toAbsolutePath(), at, bytes);
    }

    private Path root() {
        return Path.of(folder);
    }
}
