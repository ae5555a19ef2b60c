-- Issue 16: an optional date by which the parties are asked to have reported in a follow-up.
ALTER TABLE FUP_FOLLOW_UP ADD COLUMN REPORTING_DEADLINE DATE;
