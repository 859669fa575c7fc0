-- case: down of the merged rename
-- tool: golang-migrate
-- expect: unbatched-backfill@8, lock-held-during-slow-operation@8

BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE posts ADD COLUMN title varchar(120);
UPDATE posts SET title = headline;
ALTER TABLE posts DROP COLUMN headline;
COMMIT;
