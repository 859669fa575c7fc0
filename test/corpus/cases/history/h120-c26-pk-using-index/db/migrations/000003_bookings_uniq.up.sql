-- case: UNIQUE USING INDEX, then PRIMARY KEY swap in a second statement
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE bookings ADD CONSTRAINT bookings_room_id_id_key UNIQUE USING INDEX bookings_room_id_id_idx;
