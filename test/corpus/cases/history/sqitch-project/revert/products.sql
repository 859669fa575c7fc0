-- Revert shop:products from pg

BEGIN;
DROP TABLE shop.products;
COMMIT;
