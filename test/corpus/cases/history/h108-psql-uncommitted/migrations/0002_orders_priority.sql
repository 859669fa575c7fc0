-- case: psql script that opens a transaction and ends without COMMIT (psql rolls it back at exit)
-- expect: uncommitted-transaction@6
-- tool: plain
\set ON_ERROR_STOP on

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN priority smallint;
