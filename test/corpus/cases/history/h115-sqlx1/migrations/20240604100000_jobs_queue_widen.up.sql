-- case: queue VARCHAR(32) -> VARCHAR(64): free, the .down.sql of the create is not replayed
-- expect: clean
-- tool: sqlx

SET lock_timeout = '2s';
ALTER TABLE jobs ALTER COLUMN queue TYPE VARCHAR(64);
