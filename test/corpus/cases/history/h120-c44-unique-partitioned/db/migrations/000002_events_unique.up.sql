-- case: UNIQUE on a partitioned table (USING INDEX is refused there)
-- expect: unique-without-index@5
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE events ADD CONSTRAINT events_id_occurred_at_key UNIQUE (id, occurred_at);
