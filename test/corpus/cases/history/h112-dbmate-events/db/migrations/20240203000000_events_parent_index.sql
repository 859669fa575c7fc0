-- case: index on the partitioned parent (locks every attached partition)
-- expect: partitioned-index-lock@7, require-lock-timeout@7
-- tool: dbmate

-- migrate:up
SET statement_timeout = '5min';
CREATE INDEX events_account_id_idx ON events (account_id);

-- migrate:down
SET lock_timeout = '2s';
DROP INDEX events_account_id_idx;
