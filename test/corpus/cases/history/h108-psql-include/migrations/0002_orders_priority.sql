-- case: psql \i of a shared snippet between BEGIN and COMMIT; the ALTER after COMMIT is not covered by SET LOCAL
-- expect: require-lock-timeout@10
-- tool: plain
\set ON_ERROR_STOP on

BEGIN;
SET LOCAL lock_timeout = '2s';
\i common/grants.sql
COMMIT;
ALTER TABLE orders ADD COLUMN priority smallint;
