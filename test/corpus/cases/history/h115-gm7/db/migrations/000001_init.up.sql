CREATE TABLE posts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text NOT NULL, published_at timestamptz);
CREATE VIEW recent_posts AS SELECT id, title FROM posts WHERE published_at > now() - interval '7 days';
