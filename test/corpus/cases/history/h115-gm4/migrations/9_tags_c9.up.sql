SET lock_timeout = '2s';
ALTER TABLE tags ADD COLUMN color varchar(7);
