ALTER TABLE legacy_events DROP COLUMN source;
