-- case: two renames in a row (email -> email_address -> primary_email): old code only ever sees email, one finding
-- expect: rename-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users RENAME COLUMN email TO email_address;
ALTER TABLE users RENAME COLUMN email_address TO primary_email;
