-- case: V3 has no U3 although the folder keeps undo scripts
-- expect: missing-rollback@*
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN phone TEXT;
