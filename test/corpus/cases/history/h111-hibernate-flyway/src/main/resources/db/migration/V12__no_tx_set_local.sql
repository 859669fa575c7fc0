-- case: Flyway executeInTransaction=false (script .conf): SET LOCAL runs in autocommit and has no effect
-- expect: require-lock-timeout@5
-- tool: flyway
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN region TEXT;
CREATE INDEX CONCURRENTLY idx_orders_region ON orders (region);
