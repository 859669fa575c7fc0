-- case: CHECK constraint added without NOT VALID
-- expect: constraint-without-not-valid@4, require-lock-timeout@4

ALTER TABLE orders ADD CONSTRAINT orders_total_cents_nonnegative CHECK (total_cents >= 0);
