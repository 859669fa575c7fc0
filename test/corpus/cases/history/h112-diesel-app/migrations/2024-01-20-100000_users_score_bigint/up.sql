-- case: integer -> bigint rewrites users
-- expect: column-type-rewrite@6
-- tool: diesel

SET LOCAL lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN score TYPE BIGINT;
