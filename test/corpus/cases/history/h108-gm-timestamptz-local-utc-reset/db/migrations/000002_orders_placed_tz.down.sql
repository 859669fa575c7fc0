SET lock_timeout = '2s';
SET TIME ZONE 'UTC';
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp(0);
