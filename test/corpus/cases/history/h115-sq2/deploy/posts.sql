-- Deploy blog:posts to pg
BEGIN;
CREATE TABLE posts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text NOT NULL, published_at timestamptz);
COMMIT;
