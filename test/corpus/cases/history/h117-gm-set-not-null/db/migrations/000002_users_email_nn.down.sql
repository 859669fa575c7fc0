-- case: SET NOT NULL directly
-- tool: golang-migrate
-- expect: require-lock-timeout@4
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
