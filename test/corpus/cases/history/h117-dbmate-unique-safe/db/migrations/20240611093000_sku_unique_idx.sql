-- case: unique via concurrent index then USING INDEX
-- tool: dbmate
-- expect: clean
-- migrate:up transaction:false
CREATE UNIQUE INDEX CONCURRENTLY products_sku_key ON products (sku);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY products_sku_key;
