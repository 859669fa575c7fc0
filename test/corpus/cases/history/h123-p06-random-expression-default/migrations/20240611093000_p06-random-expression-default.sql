-- case: bucket assignment with random() inside a cast expression
-- expect: add-column-rewrite@6
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN bucket integer NOT NULL DEFAULT (random() * 10)::integer;
