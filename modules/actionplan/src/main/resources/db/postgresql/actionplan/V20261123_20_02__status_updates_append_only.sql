-- PostgreSQL's form of the Derby migration of the same version (db/derby): BYTEA for BLOB, and
-- append-only triggers that raise instead of inserting a NULL into a NOT NULL column.
-- Status updates are append-only (product: never edited or deleted), kept by the database too:
-- an UPDATE or DELETE of ACT_STATUS_UPDATE fails on its trigger.
CREATE TABLE ACT_APPEND_ONLY (REFUSED INTEGER NOT NULL);
CREATE FUNCTION ACT_UPDATE_REFUSE() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ACT_STATUS_UPDATE is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER ACT_UPDATE_NO_UPDATE AFTER UPDATE ON ACT_STATUS_UPDATE FOR EACH STATEMENT EXECUTE FUNCTION ACT_UPDATE_REFUSE();
CREATE TRIGGER ACT_UPDATE_NO_DELETE AFTER DELETE ON ACT_STATUS_UPDATE FOR EACH STATEMENT EXECUTE FUNCTION ACT_UPDATE_REFUSE();
