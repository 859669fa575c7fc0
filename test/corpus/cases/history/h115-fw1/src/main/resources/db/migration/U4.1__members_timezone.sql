SET lock_timeout = '2s';
ALTER TABLE members DROP COLUMN time_zone;
