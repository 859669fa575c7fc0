-- flyway:executeInTransaction=false
-- case: inline script configuration: no transaction, every statement on its own
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY orders_state_idx ON orders (state);
ALTER TABLE orders ADD CONSTRAINT orders_total_nonneg CHECK (total >= 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nonneg;
