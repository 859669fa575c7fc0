-- case: CREATE INDEX on the partitioned parent locks and builds on every partition
-- expect: partitioned-index-lock@5, require-lock-timeout@5
-- tool: golang-migrate

CREATE INDEX events_user_id_idx ON events (user_id);
