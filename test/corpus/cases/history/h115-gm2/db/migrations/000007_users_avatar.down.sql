-- case: one ALTER drops the added column and, in the same statement, a column the up never added
-- expect: drop-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users DROP COLUMN IF EXISTS avatar, DROP COLUMN phone;
