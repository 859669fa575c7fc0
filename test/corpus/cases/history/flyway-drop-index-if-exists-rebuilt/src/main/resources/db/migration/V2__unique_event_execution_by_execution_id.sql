-- case: Flyway runs the migration in one transaction: DROP INDEX IF EXISTS of the index V1 made locks
-- case: event_execution, and the lock is still held while the new unique index is built (Netflix Conductor V2)
-- expect: require-concurrent-drop-index@6, require-lock-timeout@6
-- expect: require-concurrent-index@7, lock-held-during-slow-operation@7
-- tool: flyway
DROP INDEX IF EXISTS unique_event_execution;
CREATE UNIQUE INDEX unique_event_execution ON event_execution (event_handler_name,event_name,execution_id);
