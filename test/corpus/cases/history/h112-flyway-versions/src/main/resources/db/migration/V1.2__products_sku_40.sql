-- case: V1.2 runs before V1.10 (Flyway compares version parts numerically): sku varchar(20) -> varchar(40) free
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE products ALTER COLUMN sku TYPE varchar(40);
