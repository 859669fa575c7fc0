-- case: down of the contract: re-add body, copy content back with an UPDATE of every row in the DDL transaction, then SET NOT NULL
-- expect: unbatched-backfill@7, lock-held-during-slow-operation@7, set-not-null@8
-- tool: diesel

SET lock_timeout = '2s';
ALTER TABLE posts ADD COLUMN body TEXT;
UPDATE posts SET body = content;
ALTER TABLE posts ALTER COLUMN body SET NOT NULL;
