-- case: dbmate (in a transaction): drop a column then purge with DELETE ... USING
-- expect: unbatched-backfill@8, lock-held-during-slow-operation@8
-- tool: dbmate

-- migrate:up
SET LOCAL lock_timeout = '2s';
ALTER TABLE sessions ADD COLUMN revoked_at timestamptz;
DELETE FROM sessions s
USING users u
WHERE s.user_id = u.id AND u.status = 'deleted';

-- migrate:down
SET LOCAL lock_timeout = '2s';
ALTER TABLE sessions DROP COLUMN revoked_at;
