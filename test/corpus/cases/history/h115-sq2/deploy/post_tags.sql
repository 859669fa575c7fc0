-- Deploy blog:post_tags to pg
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE posts ADD COLUMN tags text[] NOT NULL DEFAULT '{}';
COMMIT;
