package se.samspar.platform.api;

/** Fired once at startup after every module's migrations have run, naming the database they ran on. */
public record SchemaReady(int migrationsApplied, String schemaVersion, DatabaseKind kind) {
}
