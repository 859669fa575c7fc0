-- case: dbmate transaction:false still sends the section as one query: SET + CIC form an implicit transaction
-- expect: concurrently-in-transaction@7
-- tool: dbmate

-- migrate:up transaction:false
SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY orders_state_idx ON orders (state);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY orders_state_idx;
