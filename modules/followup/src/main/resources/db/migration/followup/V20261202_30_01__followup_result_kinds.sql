-- Brå's kinds of follow-up (issue 13): an indicator and an area's assessment may be marked production, process or
-- effect. Nullable: what was recorded before stays unmarked.
ALTER TABLE FUP_INDICATOR ADD COLUMN RESULT_KIND VARCHAR(12);
ALTER TABLE FUP_ASSESSMENT ADD COLUMN RESULT_KIND VARCHAR(12);
