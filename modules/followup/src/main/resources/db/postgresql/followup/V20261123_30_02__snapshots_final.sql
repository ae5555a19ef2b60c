-- PostgreSQL's form of the Derby migration of the same version (db/derby): BYTEA for BLOB, and append-only
-- triggers calling SAMSPAR_APPEND_ONLY (platform's first PostgreSQL script), which raises.
-- Rule 6 in the database as well: an adopted follow-up's snapshot is never updated or deleted.
CREATE TABLE FUP_FINAL (REFUSED INTEGER NOT NULL);
CREATE TRIGGER FUP_SNAPSHOT_NO_UPDATE AFTER UPDATE ON FUP_SNAPSHOT FOR EACH STATEMENT EXECUTE FUNCTION SAMSPAR_APPEND_ONLY();
CREATE TRIGGER FUP_SNAPSHOT_NO_DELETE AFTER DELETE ON FUP_SNAPSHOT FOR EACH STATEMENT EXECUTE FUNCTION SAMSPAR_APPEND_ONLY();
