-- case: rename a table without a compatibility view
-- expect: rename-table@7
-- tool: dbmate

-- migrate:up
SET LOCAL lock_timeout = '2s';
ALTER TABLE audit_log RENAME TO user_events;

-- migrate:down
SET LOCAL lock_timeout = '2s';
ALTER TABLE user_events RENAME TO audit_log;
