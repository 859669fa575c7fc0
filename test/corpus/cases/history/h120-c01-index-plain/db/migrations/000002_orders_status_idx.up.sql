-- case: plain CREATE INDEX on a busy table, no lock_timeout
-- expect: require-concurrent-index@4, require-lock-timeout@4
-- tool: golang-migrate
CREATE INDEX orders_status_idx ON orders (status);
