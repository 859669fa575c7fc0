-- case: unquoted Email folds to email (pre-existing), not the "Email" the up added
-- expect: drop-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users DROP COLUMN Email;
