-- case: new table: post_id is indexed, author_id is not
-- expect: foreign-key-without-index@4, require-lock-timeout@4

CREATE TABLE comments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  post_id bigint NOT NULL REFERENCES posts (id),
  author_id bigint NOT NULL REFERENCES users (id),
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comments_post_id_created_at_idx ON comments (post_id, created_at);
