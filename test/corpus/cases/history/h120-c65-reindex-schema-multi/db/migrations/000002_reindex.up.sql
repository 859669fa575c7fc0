-- case: REINDEX SCHEMA cannot run in a transaction block; golang-migrate's multi-statement file is one implicit transaction
-- expect: concurrently-in-transaction@5, require-concurrent-reindex@5
-- tool: golang-migrate
SET lock_timeout = '2s';
REINDEX SCHEMA public;
