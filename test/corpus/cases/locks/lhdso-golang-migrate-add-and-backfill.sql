-- case: golang-migrate: ADD COLUMN and a backfill in one file hold the AccessExclusiveLock through the UPDATE
-- expect: lock-held-during-slow-operation@7, unbatched-backfill@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE subscriptions ADD COLUMN renews_at timestamptz;
UPDATE subscriptions SET renews_at = started_at + interval '1 year' WHERE renews_at IS NULL;
