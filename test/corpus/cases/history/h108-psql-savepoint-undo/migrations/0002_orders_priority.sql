-- case: ROLLBACK TO SAVEPOINT undoes the SET made after the savepoint
-- expect: require-lock-timeout@11
-- tool: plain
\set ON_ERROR_STOP on

BEGIN;
SAVEPOINT before_settings;
SET LOCAL lock_timeout = '2s';
SELECT 1;
ROLLBACK TO SAVEPOINT before_settings;
ALTER TABLE orders ADD COLUMN priority smallint;
COMMIT;
