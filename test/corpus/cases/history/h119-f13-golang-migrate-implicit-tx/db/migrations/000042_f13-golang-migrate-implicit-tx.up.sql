-- case: golang-migrate sends the file as one multi-statement query (an implicit transaction): DDL then a bounded batch
-- expect: unbatched-backfill@7, lock-held-during-slow-operation@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN tier text;
UPDATE users SET tier = 'free' WHERE tier IS NULL AND id BETWEEN 1 AND 10000;
