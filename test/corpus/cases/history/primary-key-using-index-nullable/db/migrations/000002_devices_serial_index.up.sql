CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS devices_serial_key ON devices (serial);
