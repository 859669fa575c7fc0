-- case: DDL rolled back, then a keyed update outside any transaction
-- expect: clean

SET lock_timeout = '2s';
BEGIN;
ALTER TABLE users ADD COLUMN tier text;
ROLLBACK;
UPDATE users SET status = 'active' WHERE id = 1;
