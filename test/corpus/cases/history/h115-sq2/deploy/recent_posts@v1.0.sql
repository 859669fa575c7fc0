-- Deploy blog:recent_posts to pg
BEGIN;
CREATE VIEW recent_posts AS SELECT id, title FROM posts WHERE published_at > now() - interval '7 days';
COMMIT;
