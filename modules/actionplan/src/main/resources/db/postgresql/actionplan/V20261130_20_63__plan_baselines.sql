-- PostgreSQL's form of the Derby migration of the same version (db/derby): BYTEA for BLOB, and append-only
-- triggers calling SAMSPAR_APPEND_ONLY (platform's first PostgreSQL script), which raises.
-- Rule 13: the plan as signed, frozen as JSON when an agreement becomes ACTIVE. Written once; an UPDATE or
-- DELETE fails on its trigger, as for ACT_STATUS_UPDATE. Agreements activated
-- before this table existed have no row: pages say "no baseline recorded" rather than invent one.
CREATE TABLE ACT_BASELINE (
    AGREEMENT_ID BIGINT NOT NULL PRIMARY KEY,
    CONTENT TEXT NOT NULL,
    TAKEN_AT TIMESTAMP NOT NULL,
    TAKEN_BY VARCHAR(100)
);
CREATE TABLE ACT_BASELINE_FINAL (REFUSED INTEGER NOT NULL);
CREATE TRIGGER ACT_BASELINE_NO_UPDATE AFTER UPDATE ON ACT_BASELINE FOR EACH STATEMENT EXECUTE FUNCTION SAMSPAR_APPEND_ONLY();
CREATE TRIGGER ACT_BASELINE_NO_DELETE AFTER DELETE ON ACT_BASELINE FOR EACH STATEMENT EXECUTE FUNCTION SAMSPAR_APPEND_ONLY();
