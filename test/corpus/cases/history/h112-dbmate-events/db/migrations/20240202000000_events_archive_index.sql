-- case: events_2024_01 is a standalone table since the detach: a plain index build on it is require-concurrent-index, not partitioned-index-lock
-- expect: require-concurrent-index@7, require-concurrent-drop-index@11
-- tool: dbmate

-- migrate:up
SET lock_timeout = '2s';
CREATE INDEX events_2024_01_account_id_idx ON events_2024_01 (account_id);

-- migrate:down
SET lock_timeout = '2s';
DROP INDEX events_2024_01_account_id_idx;
