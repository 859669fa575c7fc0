SET lock_timeout = '2s';
ALTER TABLE contacts ALTER COLUMN email TYPE text;
ALTER TABLE contacts ALTER COLUMN full_name TYPE text;
