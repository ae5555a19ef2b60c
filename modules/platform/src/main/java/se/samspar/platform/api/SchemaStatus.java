package se.samspar.platform.api;

/** Whether the database is migrated and answers: what readiness means for Samspår. */
public interface SchemaStatus {
    boolean migrated();

    boolean databaseAnswers();

    /** The database the application runs on, known once migrated. */
    DatabaseKind kind();
}
