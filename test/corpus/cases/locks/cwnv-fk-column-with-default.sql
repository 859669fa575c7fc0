-- case: ADD COLUMN ... DEFAULT ... REFERENCES checks every row; the new column has no index
-- expect: constraint-without-not-valid@5, foreign-key-without-index@5

SET lock_timeout = '2s';
ALTER TABLE tickets ADD COLUMN queue_id bigint NOT NULL DEFAULT 1 REFERENCES queues (id);
