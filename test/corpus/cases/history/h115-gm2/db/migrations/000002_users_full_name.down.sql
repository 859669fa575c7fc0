SET lock_timeout = '2s';
ALTER TABLE users RENAME COLUMN full_name TO name;
