-- case: unique constraint built under AccessExclusiveLock
-- tool: flyway
-- expect: unique-without-index@6

SET lock_timeout TO '2s';
ALTER TABLE products ADD CONSTRAINT uq_products_sku UNIQUE (sku);
