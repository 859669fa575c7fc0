-- case: rename the schema only
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER SCHEMA billing RENAME TO finance;
