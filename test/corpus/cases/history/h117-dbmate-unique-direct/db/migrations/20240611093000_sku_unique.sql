-- case: UNIQUE constraint built under lock
-- tool: dbmate
-- expect: unique-without-index@5, require-lock-timeout@5, require-lock-timeout@8
-- migrate:up
ALTER TABLE products ADD CONSTRAINT products_sku_key UNIQUE (sku);

-- migrate:down
ALTER TABLE products DROP CONSTRAINT products_sku_key;
