-- case: tabs and a multi-byte char before a flagged statement on the same line
-- expect: exclusion-constraint@5, require-lock-timeout@5

SET statement_timeout = '1min';
SELECT 'ß';	ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);
