-- case: dbmate down section: drop a column after resetting it in the same transaction
-- expect: unbatched-backfill@11
-- tool: dbmate

-- migrate:up
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN discount numeric(12,2);

-- migrate:down
SET LOCAL lock_timeout = '2s';
UPDATE orders SET total = total + coalesce(discount, 0) WHERE discount IS NOT NULL;
ALTER TABLE orders DROP COLUMN discount;
