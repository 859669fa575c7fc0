-- case: the revert narrows varchar(80) back to varchar(60): rewrite
-- expect: column-type-rewrite@7
-- tool: sqitch

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE widgets ALTER COLUMN name TYPE varchar(60);
COMMIT;
