-- case: down of the contract: re-add the column and copy back in one UPDATE
-- tool: golang-migrate
-- expect: unbatched-backfill@7, lock-held-during-slow-operation@7

SET lock_timeout = '3s';
ALTER TABLE users ADD COLUMN name text;
UPDATE users SET name = full_name;
