-- case: SQL-standard IMMUTABLE function (BEGIN ATOMIC), then NOT NULL column defaulting to it
-- expect: clean
-- tool: plain

SET lock_timeout = '2s';
CREATE FUNCTION default_tier() RETURNS text
LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  SELECT 'free';
END;
ALTER TABLE users ADD COLUMN tier text NOT NULL DEFAULT default_tier();
