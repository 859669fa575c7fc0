-- case: a new table with stored generated columns and its index, and ADD VALUE IF NOT EXISTS on an enum (allowed
-- case: in a transaction since PostgreSQL 12; the new value is not used in this migration).
-- tool: flyway
-- expect: clean
CREATE TABLE IF NOT EXISTS active_bookings (
    key VARCHAR(200) NOT NULL PRIMARY KEY,
    doc JSONB NOT NULL,
    venue_id VARCHAR(64) GENERATED ALWAYS AS (doc ->> 'venueId') STORED,
    room VARCHAR(100) NOT NULL GENERATED ALWAYS AS (doc ->> 'room') STORED
);

CREATE INDEX IF NOT EXISTS active_bookings_venue_room ON active_bookings (venue_id, room);

ALTER TYPE booking_event ADD VALUE IF NOT EXISTS 'booking_started';
