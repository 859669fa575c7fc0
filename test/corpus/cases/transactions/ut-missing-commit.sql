-- case: BEGIN never committed
-- expect: uncommitted-transaction@4

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE users ADD COLUMN marketing_opt_in boolean NOT NULL DEFAULT false;
