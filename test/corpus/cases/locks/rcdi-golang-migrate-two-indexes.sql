-- case: golang-migrate dropping two indexes in one statement
-- expect: require-concurrent-drop-index@5, require-lock-timeout@5
-- tool: golang-migrate

DROP INDEX idx_events_user_id, idx_events_created_at;
