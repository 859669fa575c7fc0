-- case: UNIQUE index on the partitioned parent, no lock_timeout
-- expect: partitioned-index-lock@4, require-lock-timeout@4
-- tool: golang-migrate
CREATE UNIQUE INDEX events_id_occurred_at_key ON events (id, occurred_at);
