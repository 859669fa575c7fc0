-- case: constant default, no rewrite
-- tool: diesel
-- expect: require-lock-timeout@4
ALTER TABLE posts DROP COLUMN published;
