-- case: down renames back, then renames a column the up never touched
-- expect: rename-column@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE clients RENAME COLUMN email_address TO email;
ALTER TABLE clients RENAME COLUMN phone TO phone_number;
