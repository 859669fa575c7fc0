-- case: Django AddField(default=True): ADD with default, then DROP DEFAULT
-- expect: clean

BEGIN;
SET LOCAL lock_timeout = '2s';
--
-- Add field is_active to product
--
ALTER TABLE "shop_product" ADD COLUMN "is_active" boolean DEFAULT true NOT NULL;
ALTER TABLE "shop_product" ALTER COLUMN "is_active" DROP DEFAULT;
COMMIT;
