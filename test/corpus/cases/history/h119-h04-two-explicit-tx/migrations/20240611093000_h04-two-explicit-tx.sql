-- case: DDL committed, then the batch in a second explicit transaction
-- expect: clean

SET lock_timeout = '2s';
BEGIN;
ALTER TABLE orders ADD COLUMN region text;
COMMIT;
BEGIN;
UPDATE orders SET region = 'us' WHERE region IS NULL AND id < 10000;
COMMIT;
