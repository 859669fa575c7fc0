-- case: varchar(500) to varchar (no length) is binary compatible
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE notes ALTER COLUMN body TYPE varchar;
