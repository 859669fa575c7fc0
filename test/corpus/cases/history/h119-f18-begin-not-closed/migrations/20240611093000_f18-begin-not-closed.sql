-- case: backfill transaction never committed
-- expect: uncommitted-transaction@4

BEGIN;
UPDATE orders SET currency = 'USD' WHERE currency IS NULL AND id < 1000;
