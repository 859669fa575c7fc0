-- case: DETACH drops orders_2024's share of order_items' foreign key under an AccessExclusiveLock on order_items, held by the DELETE after it
-- expect: require-concurrent-detach@6, lock-held-during-slow-operation@7, unbatched-backfill@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders DETACH PARTITION orders_2024;
DELETE FROM order_items WHERE placed_at < '2025-01-01';
