-- case: the dump dumped orders_total_positive NOT VALID; validate it alone later
-- expect: clean
-- tool: plain

SET lock_timeout = '3s';
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;
