-- case: dbmate: both sections without transaction; the index is built and dropped concurrently
-- expect: clean
-- tool: dbmate

-- migrate:up transaction:false
CREATE UNIQUE INDEX CONCURRENTLY products_sku_key ON products (sku);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY products_sku_key;
