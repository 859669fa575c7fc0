-- case: sqitch revert drops the column its deploy added
-- expect: clean
-- tool: sqitch

-- Revert blog:post_tags from pg
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE posts DROP COLUMN tags;
COMMIT;
