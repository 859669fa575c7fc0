BEGIN;

SET LOCAL lock_timeout = '2s';

-- A volatile default is computed for every existing row: the table is rewritten.
ALTER TABLE orders ADD COLUMN reference uuid DEFAULT gen_random_uuid();

-- Checks every existing row while writes to orders and accounts wait.
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total_cents > 0);

-- Forgot the COMMIT.
