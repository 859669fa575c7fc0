-- case: SET LOCAL with no transaction open only warns; the index build waits with no timeout
-- expect: require-lock-timeout@6, require-concurrent-index@6
-- tool: plain

SET LOCAL lock_timeout = '2s';
CREATE INDEX orders_total_idx ON orders (total);
