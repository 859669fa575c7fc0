-- case: exclusion constraint on an existing bookings table
-- expect: exclusion-constraint@5

SET lock_timeout = '2s';
ALTER TABLE room_bookings
  ADD CONSTRAINT room_bookings_no_overlap
  EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&);
