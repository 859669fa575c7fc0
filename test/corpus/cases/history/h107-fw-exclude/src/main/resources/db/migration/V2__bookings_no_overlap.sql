-- case: exclusion constraint on an existing table: cannot be NOT VALID, builds a GiST index under AccessExclusiveLock
-- expect: exclusion-constraint@6
-- tool: flyway

SET lock_timeout = '3s';
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);
