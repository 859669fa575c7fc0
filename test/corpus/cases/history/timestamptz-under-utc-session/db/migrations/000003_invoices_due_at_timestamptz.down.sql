SET lock_timeout = '3s';
ALTER TABLE invoices ALTER COLUMN due_at TYPE timestamp;
