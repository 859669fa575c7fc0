-- case: disable user triggers around a keyed backfill in one transaction
-- expect: unbatched-backfill@7

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE users DISABLE TRIGGER USER;
UPDATE users SET locale = 'en' WHERE locale IS NULL AND id BETWEEN 1 AND 10000;
ALTER TABLE users ENABLE TRIGGER USER;
COMMIT;
