-- case: binary-compatible widenings: no rewrite
-- tool: flyway
-- expect: clean

SET lock_timeout TO '2s';
ALTER TABLE orders ALTER COLUMN total TYPE NUMERIC(14,2);
ALTER TABLE products ALTER COLUMN sku TYPE VARCHAR(128);
ALTER TABLE customers ALTER COLUMN email TYPE TEXT;
