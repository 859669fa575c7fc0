-- case: the down drops and recreates the pre-existing view (the up replaced it, it did not create it): AccessExclusiveLock, no lock_timeout
-- expect: require-lock-timeout@5
-- tool: golang-migrate

DROP VIEW recent_posts;
CREATE VIEW recent_posts AS SELECT id, title FROM posts WHERE published_at > now() - interval '7 days';
