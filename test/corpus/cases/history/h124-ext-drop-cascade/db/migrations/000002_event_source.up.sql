ALTER TABLE legacy_events ADD COLUMN source citext;
