SET lock_timeout = '2s';
ALTER TABLE tickets ADD COLUMN summary varchar(200);
