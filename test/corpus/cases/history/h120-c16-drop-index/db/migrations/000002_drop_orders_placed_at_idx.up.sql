-- case: plain DROP INDEX
-- expect: require-concurrent-drop-index@4, require-lock-timeout@4
-- tool: golang-migrate
DROP INDEX IF EXISTS orders_placed_at_idx;
