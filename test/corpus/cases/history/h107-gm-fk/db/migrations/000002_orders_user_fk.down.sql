SET lock_timeout = '2s';
ALTER TABLE orders DROP CONSTRAINT fk_rails_orders_user_id;
