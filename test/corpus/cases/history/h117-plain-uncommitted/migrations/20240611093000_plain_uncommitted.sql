-- case: BEGIN never closed
-- tool: plain
-- expect: uncommitted-transaction@4
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ADD COLUMN region text;
