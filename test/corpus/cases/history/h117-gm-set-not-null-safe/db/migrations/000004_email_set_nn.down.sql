-- case: SET NOT NULL after a validated CHECK
-- tool: golang-migrate
-- expect: clean
SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
