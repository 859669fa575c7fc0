SET lock_timeout = '2s';
ALTER TABLE customers DROP COLUMN signed_up_at, DROP COLUMN referrer, DROP COLUMN last_seen_at;
