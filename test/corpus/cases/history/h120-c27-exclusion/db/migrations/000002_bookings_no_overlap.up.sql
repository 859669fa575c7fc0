-- case: exclusion constraint on a busy table
-- expect: exclusion-constraint@4, require-lock-timeout@4
-- tool: golang-migrate
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&);
