-- case: version 4.1 written with an underscore; its undo is U4.1 (Flyway reads both as version 4.1)
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE members ADD COLUMN time_zone TEXT;
