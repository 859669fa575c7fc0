-- case: simple (non-reversible) sqlx folder: no undo files anywhere, so no missing-rollback
-- expect: require-concurrent-index@5, require-lock-timeout@5
-- tool: sqlx

CREATE INDEX jobs_queue_idx ON jobs (queue);
