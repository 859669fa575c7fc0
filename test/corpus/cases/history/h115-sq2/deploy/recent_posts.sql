-- case: reworked change (sqitch rework): the v1.0 view is replaced (AccessExclusiveLock on it, no lock_timeout)
-- expect: require-lock-timeout@7
-- tool: sqitch

-- Deploy blog:recent_posts to pg
BEGIN;
CREATE OR REPLACE VIEW recent_posts AS SELECT id, title, tags FROM posts WHERE published_at > now() - interval '7 days';
COMMIT;
