-- case: DDL in its own transaction, then a bounded batch after COMMIT
-- expect: clean

SET lock_timeout = '2s';

BEGIN;
ALTER TABLE users ADD COLUMN tier text;
COMMIT;

UPDATE users SET tier = 'free' WHERE tier IS NULL AND id BETWEEN 1 AND 10000;
