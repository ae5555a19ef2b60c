-- PostgreSQL's form of the Derby migration of the same version (db/derby): BYTEA for BLOB, and append-only
-- triggers calling SAMSPAR_APPEND_ONLY (platform's first PostgreSQL script), which raises.
-- Status updates are append-only (product: never edited or deleted), kept by the database too:
-- an UPDATE or DELETE of ACT_STATUS_UPDATE fails on its trigger.
CREATE TABLE ACT_APPEND_ONLY (REFUSED INTEGER NOT NULL);
CREATE TRIGGER ACT_UPDATE_NO_UPDATE AFTER UPDATE ON ACT_STATUS_UPDATE FOR EACH STATEMENT EXECUTE FUNCTION SAMSPAR_APPEND_ONLY();
CREATE TRIGGER ACT_UPDATE_NO_DELETE AFTER DELETE ON ACT_STATUS_UPDATE FOR EACH STATEMENT EXECUTE FUNCTION SAMSPAR_APPEND_ONLY();
