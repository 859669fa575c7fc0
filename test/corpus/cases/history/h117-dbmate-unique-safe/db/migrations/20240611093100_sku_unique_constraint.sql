-- case: unique via concurrent index then USING INDEX
-- tool: dbmate
-- expect: clean
-- migrate:up
SET LOCAL lock_timeout = '2s';
ALTER TABLE products ADD CONSTRAINT products_sku_key UNIQUE USING INDEX products_sku_key;

-- migrate:down
SET LOCAL lock_timeout = '2s';
ALTER TABLE products DROP CONSTRAINT products_sku_key;
