-- case: Diesel migration with only up.sql
-- expect: missing-rollback@*
-- tool: diesel

SET lock_timeout = '2s';
ALTER TABLE posts ADD COLUMN slug TEXT;
