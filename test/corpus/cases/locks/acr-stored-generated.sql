-- case: stored generated tsvector column
-- expect: add-column-rewrite@5

SET lock_timeout = '2s';
ALTER TABLE articles
  ADD COLUMN search_vector tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED;
