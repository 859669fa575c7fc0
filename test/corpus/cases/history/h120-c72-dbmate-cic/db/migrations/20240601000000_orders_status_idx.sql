-- case: dbmate transaction:false, CIC up, plain DROP INDEX in down without lock_timeout
-- expect: require-concurrent-drop-index@9, require-lock-timeout@9
-- tool: dbmate

-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);

-- migrate:down
DROP INDEX orders_status_idx;
