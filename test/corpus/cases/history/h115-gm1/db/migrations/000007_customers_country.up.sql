SET lock_timeout = '2s';
ALTER TABLE clients ADD COLUMN country char(2);
