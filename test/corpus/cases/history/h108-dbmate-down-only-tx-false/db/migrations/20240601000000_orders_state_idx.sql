-- case: transaction:false is per section: the up still runs in dbmate's transaction
-- expect: concurrently-in-transaction@6
-- tool: dbmate

-- migrate:up
CREATE INDEX CONCURRENTLY orders_state_idx ON orders (state);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY orders_state_idx;
