-- case: retention: dropping January while attached locks metrics itself (AccessExclusiveLock, PostgreSQL 15), and the cleanup DELETE after it runs in the same transaction with that lock still held
-- expect: drop-table@6, lock-held-during-slow-operation@7, unbatched-backfill@7
-- tool: golang-migrate

SET lock_timeout = '2s';
DROP TABLE metrics_2024_01;
DELETE FROM metrics WHERE recorded_at < '2024-02-15' AND value < 0;
