-- case: index on one leaf partition only: a plain table build, not the partitioned-index case
-- expect: require-concurrent-index@5
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE INDEX events_2024_account_id_idx ON events_2024 (account_id);
