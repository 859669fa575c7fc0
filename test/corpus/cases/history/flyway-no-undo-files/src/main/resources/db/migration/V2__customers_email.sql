-- case: Flyway folder without any undo scripts: no rollback expected
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN email TEXT;
