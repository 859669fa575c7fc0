-- case: two sqlmigrate outputs concatenated: the second ALTER runs after COMMIT, where the SET LOCAL lock_timeout of the first transaction no longer applies
-- expect: require-lock-timeout@14
BEGIN;
SET LOCAL lock_timeout = '3s';
--
-- Add field shipped_at to order
--
ALTER TABLE "shop_order" ADD COLUMN "shipped_at" timestamp with time zone NULL;
COMMIT;
BEGIN;
--
-- Add field phone to customer
--
ALTER TABLE "shop_customer" ADD COLUMN "phone" varchar(32) NULL;
COMMIT;
