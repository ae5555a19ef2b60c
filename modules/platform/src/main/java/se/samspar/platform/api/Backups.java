package se.samspar.platform.api;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Online backups of the database (Derby's own backup, taken while the application runs) in the
 * configured folder, the newest {@code samspar.backup.keep} scheduled and {@code samspar.backup.keep-manual}
 * manual ones kept (counted apart). Administrators take one on
 * demand; the schedule takes them every {@code samspar.backup.interval-hours}. Restoring is an
 * operator's step with the application stopped (docs/operations.md).
 */
public interface Backups {
    /**
     * Whether the application takes the backups: on Derby it does; on PostgreSQL the operator's {@code pg_dump} or
     * point-in-time recovery does (docs/operations.md), and the application takes none.
     */
    boolean takenByTheApplication();

    /** Takes a backup now; administrators only. */
    Backup backUpNow();

    /** The backups in the folder, newest first; administrators only. */
    List<Backup> list();

    /** One backup: its folder (which holds the database folder {@code samspar}), when, and how big. */
    record Backup(String name, Path folder, LocalDateTime takenAt, long bytes) {
    }

    /** A backup was taken (by whom is the caller; the schedule is the system). */
    record BackupTaken(String name, long bytes, boolean scheduled) {
    }
}
