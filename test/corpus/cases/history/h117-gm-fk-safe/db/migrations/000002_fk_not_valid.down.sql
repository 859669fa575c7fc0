SET lock_timeout = '3s';
ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;
