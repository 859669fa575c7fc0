-- case: down: TEXT -> VARCHAR(50) and NUMERIC -> BIGINT both rewrite
-- expect: column-type-rewrite@6, column-type-rewrite@7
-- tool: diesel

SET LOCAL lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(50);
ALTER TABLE users ALTER COLUMN score TYPE BIGINT;
