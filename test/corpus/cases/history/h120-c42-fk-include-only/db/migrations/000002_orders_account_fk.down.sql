SET lock_timeout = '2s'; ALTER TABLE orders DROP CONSTRAINT orders_account_id_fkey;
