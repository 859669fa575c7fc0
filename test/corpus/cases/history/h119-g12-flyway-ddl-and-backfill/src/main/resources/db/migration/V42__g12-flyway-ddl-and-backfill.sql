-- case: Flyway (runs each migration in a transaction): add column then keyed backfill
-- expect: unbatched-backfill@7, lock-held-during-slow-operation@7
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN region text;
UPDATE orders SET region = 'us' WHERE id BETWEEN 1 AND 10000;
