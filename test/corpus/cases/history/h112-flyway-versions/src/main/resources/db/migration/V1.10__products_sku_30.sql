-- case: V1.10 runs after V1.2: sku is varchar(40), -> varchar(30) narrows (rewrite)
-- expect: column-type-rewrite@6
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE products ALTER COLUMN sku TYPE varchar(30);
