-- case: drop the touch trigger, backfill, in one transaction
-- expect: lock-held-during-slow-operation@8, unbatched-backfill@8
-- tool: plain

BEGIN;
SET LOCAL lock_timeout = '2s';
DROP TRIGGER users_set_updated_at ON users;
UPDATE users SET updated_at = created_at WHERE updated_at IS NULL;
COMMIT;
