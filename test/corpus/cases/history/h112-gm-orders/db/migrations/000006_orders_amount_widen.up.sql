-- case: amount is numeric(12,2) after two type changes; numeric(12,2) -> numeric(16,2) is free
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(16,2);
