-- case: up used ADD COLUMN IF NOT EXISTS; down DROP COLUMN IF EXISTS (clean)
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE accounts DROP COLUMN IF EXISTS region;
