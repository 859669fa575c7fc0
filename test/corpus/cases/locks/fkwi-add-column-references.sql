-- case: ADD COLUMN ... REFERENCES with no index on the new column
-- expect: foreign-key-without-index@5

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);
