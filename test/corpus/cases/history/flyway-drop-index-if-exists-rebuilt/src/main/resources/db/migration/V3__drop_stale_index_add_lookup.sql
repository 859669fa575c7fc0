-- case: IF EXISTS of an index no earlier migration made (and public is known to them): PostgreSQL only notes it
-- case: and takes no lock, so the index build after it holds no AccessExclusiveLock
-- expect: require-concurrent-index@8
-- tool: flyway

SET lock_timeout = '2s';
DROP INDEX IF EXISTS event_execution_message_idx;
CREATE INDEX event_execution_execution_id ON event_execution (execution_id);
