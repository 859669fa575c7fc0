SET lock_timeout = '2s';
ALTER TABLE tags DROP COLUMN c2;
