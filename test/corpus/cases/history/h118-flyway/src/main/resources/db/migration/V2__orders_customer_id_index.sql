-- case: FK step 1: index the referencing column concurrently (Flyway runs it outside a transaction)
-- tool: flyway
-- expect: clean

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer_id ON orders (customer_id);
