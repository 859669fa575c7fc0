-- case: label is varchar(40) after the rework: varchar(40) -> varchar(60) is free
-- expect: clean
-- tool: sqitch

-- Deploy widgets:gadgets_label_widen to pg
-- requires: gadgets

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE gadgets ALTER COLUMN label TYPE varchar(60);
COMMIT;
