SET lock_timeout = '2s';
ALTER TABLE tenants DROP COLUMN archived_at;
