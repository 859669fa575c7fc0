-- case: revert narrows varchar(60) to varchar(40): rewrite
-- expect: column-type-rewrite@7
-- tool: sqitch

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE gadgets ALTER COLUMN label TYPE varchar(40);
COMMIT;
