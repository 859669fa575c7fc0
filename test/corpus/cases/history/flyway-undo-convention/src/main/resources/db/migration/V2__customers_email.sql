-- case: Flyway folder that keeps undo scripts: V2 has its U2
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN email TEXT;
