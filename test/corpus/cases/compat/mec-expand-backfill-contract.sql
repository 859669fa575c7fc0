-- case: the whole expand/migrate/contract crammed into one migration
-- expect: mixed-expand-contract@7, drop-column@7

SET lock_timeout = '2s';
ALTER TABLE products ADD COLUMN price_cents bigint;
UPDATE products SET price_cents = (price * 100)::bigint WHERE price_cents IS NULL;
ALTER TABLE products DROP COLUMN price;
