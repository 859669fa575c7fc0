-- case: timestamp to timestamptz is not in the binary-compatible list
-- expect: column-type-rewrite@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE bookings ALTER COLUMN starts_at TYPE timestamptz USING starts_at AT TIME ZONE 'UTC';
