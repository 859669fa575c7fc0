-- case: dropping a queue table's primary key takes an AccessExclusiveLock that Flyway's transaction keeps while a
-- case: hash index is then built on the same table without CONCURRENTLY.
-- tool: flyway
-- expect: require-lock-timeout@7, lock-held-during-slow-operation@9, require-concurrent-index@9
-- Workers look rows up by sequence number only: the btree primary key is replaced by a
-- hash index, which is smaller for equality lookups.
ALTER TABLE job_events DROP CONSTRAINT IF EXISTS job_events_pkey;

CREATE INDEX IF NOT EXISTS job_events_seq ON job_events USING hash (seq);
