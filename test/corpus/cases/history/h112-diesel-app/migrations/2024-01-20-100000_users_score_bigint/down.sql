-- case: and back: bigint -> integer rewrites too
-- expect: column-type-rewrite@6
-- tool: diesel

SET LOCAL lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN score TYPE INTEGER;
