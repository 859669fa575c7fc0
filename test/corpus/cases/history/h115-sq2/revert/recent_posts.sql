-- case: revert of the rework drops the v1.0 view (it predates the rework) and recreates it: AccessExclusiveLock, no lock_timeout
-- expect: require-lock-timeout@7
-- tool: sqitch

-- Revert blog:recent_posts from pg
BEGIN;
DROP VIEW recent_posts;
CREATE VIEW recent_posts AS SELECT id, title FROM posts WHERE published_at > now() - interval '7 days';
COMMIT;
