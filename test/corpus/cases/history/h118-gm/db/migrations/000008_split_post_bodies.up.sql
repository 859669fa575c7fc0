-- case: split posts.body into post_bodies and drop the old column in the same step (contract too early)
-- tool: golang-migrate
-- expect: drop-column@15

SET lock_timeout = '3s';

CREATE TABLE post_bodies (
  post_id bigint PRIMARY KEY REFERENCES posts (id),
  body text NOT NULL
);

INSERT INTO post_bodies (post_id, body)
SELECT id, body FROM posts WHERE body IS NOT NULL;

ALTER TABLE posts DROP COLUMN body;
