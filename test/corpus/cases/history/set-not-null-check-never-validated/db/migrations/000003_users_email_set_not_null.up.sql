-- case: the check from migration 2 was never validated: SET NOT NULL still scans
-- expect: set-not-null@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
