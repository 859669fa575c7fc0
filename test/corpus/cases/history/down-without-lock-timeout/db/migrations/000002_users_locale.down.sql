-- case: down drops its own column, but still waits for an AccessExclusiveLock with no timeout
-- expect: require-lock-timeout@5
-- tool: golang-migrate

ALTER TABLE users DROP COLUMN locale;
