-- case: Rails add_reference done safely: nullable column, concurrent index, FK NOT VALID
-- expect: clean

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN coupon_id bigint;
CREATE INDEX CONCURRENTLY index_orders_on_coupon_id ON orders (coupon_id);
ALTER TABLE orders ADD CONSTRAINT fk_rails_0b2c1d8e4f FOREIGN KEY (coupon_id) REFERENCES coupons (id) NOT VALID;
