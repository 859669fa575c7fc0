-- case: dbmate transaction:false with the concurrent statement alone in each section: clean
-- expect: clean
-- tool: dbmate

-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY orders_state_idx ON orders (state);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY orders_state_idx;
