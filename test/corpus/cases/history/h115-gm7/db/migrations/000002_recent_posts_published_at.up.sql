-- case: CREATE OR REPLACE VIEW of a view migration 1 made, with no lock_timeout (AccessExclusiveLock on the view)
-- expect: require-lock-timeout@5
-- tool: golang-migrate

CREATE OR REPLACE VIEW recent_posts AS SELECT id, title, published_at FROM posts WHERE published_at > now() - interval '7 days';
