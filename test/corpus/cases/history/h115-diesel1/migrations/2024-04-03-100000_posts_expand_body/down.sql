-- case: down of the expand step: drop trigger, function and the added column (clean)
-- expect: clean
-- tool: diesel

SET lock_timeout = '2s';
DROP TRIGGER posts_sync_content ON posts;
DROP FUNCTION posts_sync_content();
ALTER TABLE posts DROP COLUMN content;
