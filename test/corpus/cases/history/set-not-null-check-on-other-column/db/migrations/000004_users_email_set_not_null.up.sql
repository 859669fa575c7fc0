-- case: the validated check is on phone, not email
-- expect: set-not-null@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
