-- case: index on a partition that is itself partitioned
-- expect: partitioned-index-lock@5
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE INDEX events_2025_payload_idx ON events_2025 USING gin (payload);
