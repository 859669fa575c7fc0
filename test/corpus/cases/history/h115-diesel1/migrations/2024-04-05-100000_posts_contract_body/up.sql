-- case: contract: drop trigger, function, and the old column
-- expect: drop-column@8
-- tool: diesel

SET lock_timeout = '2s';
DROP TRIGGER posts_sync_content ON posts;
DROP FUNCTION posts_sync_content();
ALTER TABLE posts DROP COLUMN body;
