-- case: Flyway: lock_timeout then a column with a constant default
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE accounts ADD COLUMN settings jsonb NOT NULL DEFAULT '{}'::jsonb;
