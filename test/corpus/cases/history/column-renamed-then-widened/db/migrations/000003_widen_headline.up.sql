-- case: replay follows the column rename: headline is varchar(80)
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE articles ALTER COLUMN headline TYPE varchar(160);
