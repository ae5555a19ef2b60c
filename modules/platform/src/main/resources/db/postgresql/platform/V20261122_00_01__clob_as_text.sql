-- PostgreSQL only, first of all: the migrations shared with Derby name large text columns CLOB, which PostgreSQL
-- calls TEXT. With this domain the shared scripts run unchanged on both databases (issue 15); only the scripts whose
-- SQL must differ (binary columns, the append-only triggers) have a form of their own in db/postgresql.
CREATE DOMAIN CLOB AS TEXT;

-- The one function the append-only tables' statement triggers call (AUD_ENTRY, ACT_STATUS_UPDATE, FUP_SNAPSHOT,
-- ACT_BASELINE): any UPDATE or DELETE fails and is rolled back, as Derby's guard-table triggers make it.
CREATE FUNCTION SAMSPAR_APPEND_ONLY() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
END
$$;
