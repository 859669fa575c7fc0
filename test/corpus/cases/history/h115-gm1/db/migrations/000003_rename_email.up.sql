SET lock_timeout = '2s';
ALTER TABLE clients RENAME COLUMN email TO email_address;
