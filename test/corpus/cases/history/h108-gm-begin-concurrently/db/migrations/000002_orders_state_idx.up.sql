-- case: golang-migrate with an explicit transaction around CREATE INDEX CONCURRENTLY
-- expect: concurrently-in-transaction@6
-- tool: golang-migrate
BEGIN;
SET LOCAL lock_timeout = '2s';
CREATE INDEX CONCURRENTLY orders_state_idx ON orders (state);
COMMIT;
