-- case: step 1: CHECK ... NOT VALID
-- expect: clean

SET lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT orders_total_cents_nonnegative CHECK (total_cents >= 0) NOT VALID;
