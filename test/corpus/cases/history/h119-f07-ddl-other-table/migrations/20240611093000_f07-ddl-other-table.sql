-- case: AccessExclusiveLock on orders held while users is updated
-- expect: require-lock-timeout@5, lock-held-during-slow-operation@6

BEGIN;
ALTER TABLE orders ADD COLUMN note text;
UPDATE users SET locale = 'en' WHERE locale IS NULL AND id < 5000;
COMMIT;
