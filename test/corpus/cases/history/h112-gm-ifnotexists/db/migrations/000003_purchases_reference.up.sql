-- case: reference already exists as varchar(20): ADD COLUMN IF NOT EXISTS ... text is skipped (NOTICE)
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE purchases ADD COLUMN IF NOT EXISTS reference text;
