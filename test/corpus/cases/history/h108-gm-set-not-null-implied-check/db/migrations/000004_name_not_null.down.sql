SET lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN name DROP NOT NULL;
