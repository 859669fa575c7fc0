SET lock_timeout = '2s';
ALTER TABLE tags ADD COLUMN c8 text;
