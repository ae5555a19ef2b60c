package se.samspar.platform.api;

/** Whether the database is migrated and answers: what readiness means for Samspår. */
public interface SchemaStatus {
    boolean migrated();

    boolean databaseAnswers();
}
