SET lock_timeout = '2s';
ALTER TABLE jobs ALTER COLUMN queue TYPE VARCHAR(32);
