-- case: Django (before 5.0's db_default) AddField(default=True): ADD with the default fills existing rows, then DROP DEFAULT;
-- case: from the commit on, inserts from the version still running (which never names is_active) fail with a not-null violation
-- expect: add-required-column@11

BEGIN;
SET LOCAL lock_timeout = '2s';
--
-- Add field is_active to product
--
ALTER TABLE "shop_product" ADD COLUMN "is_active" boolean DEFAULT true NOT NULL;
ALTER TABLE "shop_product" ALTER COLUMN "is_active" DROP DEFAULT;
COMMIT;
