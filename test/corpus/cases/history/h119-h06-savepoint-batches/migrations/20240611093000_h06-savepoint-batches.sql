-- case: batches separated by savepoints inside one transaction after DDL
-- expect: unbatched-backfill@8, lock-held-during-slow-operation@8

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE users ADD COLUMN tier text;
SAVEPOINT b1;
UPDATE users SET tier = 'free' WHERE id BETWEEN 1 AND 1000;
RELEASE SAVEPOINT b1;
COMMIT;
