SET lock_timeout = '2s';
ALTER TABLE members ADD COLUMN locale VARCHAR(10);
