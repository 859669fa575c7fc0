-- case: posts predates this migration (its up was a no-op): a real drop, and its AccessExclusiveLock waits with no lock_timeout
-- expect: drop-table@5, require-lock-timeout@5
-- tool: golang-migrate

DROP TABLE posts CASCADE;
