-- case: down.sql runs in Diesel's transaction too
-- expect: concurrently-in-transaction@4
-- tool: diesel
DROP INDEX CONCURRENTLY IF EXISTS orders_state_idx;
