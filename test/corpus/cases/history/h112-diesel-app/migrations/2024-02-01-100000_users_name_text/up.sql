-- case: name VARCHAR(50) -> TEXT free; score is BIGINT now (changed in 2024-01-20): BIGINT -> NUMERIC(20,0) rewrites
-- expect: column-type-rewrite@7
-- tool: diesel

SET LOCAL lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN name TYPE TEXT;
ALTER TABLE users ALTER COLUMN score TYPE NUMERIC(20,0);
