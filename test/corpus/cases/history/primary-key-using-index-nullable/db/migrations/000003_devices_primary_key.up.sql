-- case: PRIMARY KEY USING INDEX on a nullable column sets it NOT NULL, scanning the table under the lock
-- expect: set-not-null@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE devices ADD CONSTRAINT devices_pkey PRIMARY KEY USING INDEX devices_serial_key;
