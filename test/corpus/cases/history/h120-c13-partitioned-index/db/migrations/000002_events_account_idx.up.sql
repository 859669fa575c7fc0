-- case: CREATE INDEX on the partitioned parent
-- expect: partitioned-index-lock@5
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE INDEX events_account_id_idx ON events (account_id);
