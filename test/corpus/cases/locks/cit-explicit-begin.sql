-- case: CREATE INDEX CONCURRENTLY inside an explicit BEGIN/COMMIT
-- expect: concurrently-in-transaction@6

BEGIN;
SET LOCAL lock_timeout = '2s';
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
COMMIT;
