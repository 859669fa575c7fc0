-- case: the dump's check on fax is still NOT VALID: SET NOT NULL scans
-- expect: set-not-null@6
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE crm.contacts ALTER COLUMN fax SET NOT NULL;
