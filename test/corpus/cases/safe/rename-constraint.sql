-- case: renaming a constraint is not renaming a column
-- expect: clean

SET lock_timeout = '2s';
ALTER TABLE orders RENAME CONSTRAINT orders_check TO orders_total_nonnegative;
