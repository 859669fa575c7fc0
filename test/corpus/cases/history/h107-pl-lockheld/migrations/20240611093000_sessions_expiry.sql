-- case: incident pattern: ALTER then non-concurrent index in one explicit transaction, AccessExclusiveLock held through the build
-- expect: require-concurrent-index@8, lock-held-during-slow-operation@8
-- tool: plain

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE sessions ADD COLUMN revoked_at timestamptz;
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);
COMMIT;
