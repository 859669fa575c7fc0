SET lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN amount;
ALTER TABLE orders ADD COLUMN amount numeric(10,2);
