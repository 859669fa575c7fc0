-- case: constant default, no rewrite
-- tool: diesel
-- expect: require-lock-timeout@4
ALTER TABLE posts ADD COLUMN published BOOLEAN NOT NULL DEFAULT 'f';
