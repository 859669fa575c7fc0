-- case: down of the split: copies the bodies back
-- tool: golang-migrate
-- expect: lock-held-during-slow-operation@7, unbatched-backfill@7

SET lock_timeout = '3s';
ALTER TABLE posts ADD COLUMN body text;
UPDATE posts p SET body = b.body FROM post_bodies b WHERE b.post_id = p.id;
DROP TABLE post_bodies;
