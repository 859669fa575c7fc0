-- case: down drops its column and renames another (title) it never touched
-- expect: rename-column@7
-- tool: diesel

SET lock_timeout = '2s';
ALTER TABLE posts DROP COLUMN view_count;
ALTER TABLE posts RENAME COLUMN title TO headline;
