ALTER TABLE devices DROP CONSTRAINT devices_pkey;
