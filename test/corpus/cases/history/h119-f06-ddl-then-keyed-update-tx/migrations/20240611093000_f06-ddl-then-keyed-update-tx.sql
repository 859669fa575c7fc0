-- case: add column and backfill a keyed range in the same transaction
-- expect: unbatched-backfill@7, lock-held-during-slow-operation@7

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE users ADD COLUMN tier text;
UPDATE users SET tier = 'free' WHERE id BETWEEN 1 AND 10000;
COMMIT;
