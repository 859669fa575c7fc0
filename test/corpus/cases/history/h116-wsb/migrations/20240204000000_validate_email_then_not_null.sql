-- case: the dump's NOT VALID check validated here, then SET NOT NULL in the same autocommit psql file
-- expect: clean
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE crm.contacts VALIDATE CONSTRAINT contacts_email_chk;
ALTER TABLE crm.contacts ALTER COLUMN email SET NOT NULL;
