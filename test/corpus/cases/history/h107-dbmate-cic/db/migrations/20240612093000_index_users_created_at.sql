-- case: dbmate transaction:false on both sections
-- expect: clean
-- tool: dbmate

-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY users_created_at_idx ON users (created_at);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY users_created_at_idx;
