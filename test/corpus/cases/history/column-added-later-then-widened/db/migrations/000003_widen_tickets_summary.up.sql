-- case: the column came from an ADD COLUMN in migration 2; widening it is free
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE tickets ALTER COLUMN summary TYPE varchar(500);
