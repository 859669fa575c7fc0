-- case: the down drops the column its up added and then renamed, by its new name (not flagged)
-- expect: clean
-- tool: dbmate
-- migrate:up
SET LOCAL lock_timeout = '2s';
ALTER TABLE profiles ADD COLUMN tmp_name text;
ALTER TABLE profiles RENAME COLUMN tmp_name TO display_name;

-- migrate:down
SET LOCAL lock_timeout = '2s';
ALTER TABLE profiles DROP COLUMN display_name;
