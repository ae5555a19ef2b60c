-- PostgreSQL's form of the Derby migration of the same version (db/derby): BYTEA for BLOB, and
-- append-only triggers that raise instead of inserting a NULL into a NOT NULL column.
-- Rule 6 in the database as well: an adopted follow-up's snapshot is never updated or deleted.
CREATE TABLE FUP_FINAL (REFUSED INTEGER NOT NULL);
CREATE FUNCTION FUP_SNAPSHOT_REFUSE() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'FUP_SNAPSHOT is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER FUP_SNAPSHOT_NO_UPDATE AFTER UPDATE ON FUP_SNAPSHOT FOR EACH STATEMENT EXECUTE FUNCTION FUP_SNAPSHOT_REFUSE();
CREATE TRIGGER FUP_SNAPSHOT_NO_DELETE AFTER DELETE ON FUP_SNAPSHOT FOR EACH STATEMENT EXECUTE FUNCTION FUP_SNAPSHOT_REFUSE();
