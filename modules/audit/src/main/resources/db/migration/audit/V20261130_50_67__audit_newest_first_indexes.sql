-- The trail is read newest first, a page at a time, continuing after the last entry shown (keyset paging): indexes in
-- exactly that order, (OCCURRED_AT DESC, ID DESC), whole and per agreement, kind of record and user, let Derby read a
-- page's 50 rows without sorting the trail (2 s at 300,000 entries before, under 2 ms after). They replace the
-- ascending ones, which no query uses any more.
CREATE INDEX AUD_ENTRY_NEWEST_IX ON AUD_ENTRY (OCCURRED_AT DESC, ID DESC);
CREATE INDEX AUD_ENTRY_AGREEMENT_NEWEST_IX ON AUD_ENTRY (AGREEMENT_ID, OCCURRED_AT DESC, ID DESC);
CREATE INDEX AUD_ENTRY_SUBJECT_NEWEST_IX ON AUD_ENTRY (SUBJECT, OCCURRED_AT DESC, ID DESC);
CREATE INDEX AUD_ENTRY_ACTOR_NEWEST_IX ON AUD_ENTRY (ACTOR, OCCURRED_AT DESC, ID DESC);
DROP INDEX AUD_ENTRY_TIME_IX;
DROP INDEX AUD_ENTRY_AGREEMENT_IX;
DROP INDEX AUD_ENTRY_SUBJECT_IX;
DROP INDEX AUD_ENTRY_ACTOR_IX;
