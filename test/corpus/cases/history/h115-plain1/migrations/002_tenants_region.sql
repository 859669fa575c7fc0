SET lock_timeout = '2s';
ALTER TABLE tenants ADD COLUMN region text;
