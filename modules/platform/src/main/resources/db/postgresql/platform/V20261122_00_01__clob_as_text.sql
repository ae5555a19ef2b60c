-- PostgreSQL only, first of all: the migrations shared with Derby name large text columns CLOB, which PostgreSQL
-- calls TEXT. With this domain the shared scripts run unchanged on both databases (issue 15); only the scripts whose
-- SQL must differ (binary columns, the append-only triggers) have a form of their own in db/postgresql.
CREATE DOMAIN CLOB AS TEXT;
