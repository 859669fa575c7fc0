SET lock_timeout = '2s';
SET TIME ZONE 'UTC';
ALTER TABLE customers ALTER COLUMN created_at TYPE timestamp;
