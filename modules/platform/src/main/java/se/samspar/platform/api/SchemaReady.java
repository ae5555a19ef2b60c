package se.samspar.platform.api;

/** Fired once at startup after every module's migrations have run. */
public record SchemaReady(int migrationsApplied, String schemaVersion) {
}
