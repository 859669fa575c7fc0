-- case: diesel without down.sql
-- tool: diesel
-- expect: missing-rollback@*
SET lock_timeout = '2s';
ALTER TABLE posts ADD COLUMN slug TEXT;
