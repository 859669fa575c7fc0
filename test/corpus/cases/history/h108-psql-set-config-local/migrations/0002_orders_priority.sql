-- case: set_config(..., true) is SET LOCAL: it holds inside BEGIN, and is lost after COMMIT
-- expect: require-lock-timeout@11
-- tool: plain
\set ON_ERROR_STOP on

BEGIN;
SELECT set_config('lock_timeout', '2s', true);
ALTER TABLE orders ADD COLUMN priority smallint;
COMMIT;

ALTER TABLE customers ADD COLUMN priority smallint;
