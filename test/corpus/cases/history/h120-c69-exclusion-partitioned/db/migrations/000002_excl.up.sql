-- case: ALTER TABLE IF EXISTS, schema-qualified, named DEFERRABLE exclusion constraint on a busy table
-- expect: exclusion-constraint@5
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE IF EXISTS public.bookings ADD CONSTRAINT bookings_room_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) DEFERRABLE INITIALLY DEFERRED;
