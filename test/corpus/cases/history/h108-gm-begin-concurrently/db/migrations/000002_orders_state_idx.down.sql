-- case: the concurrent drop alone in its file
-- expect: clean
-- tool: golang-migrate
DROP INDEX CONCURRENTLY IF EXISTS orders_state_idx;
