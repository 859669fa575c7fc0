BEGIN;
--
-- Remove field legacy_code from order
--
ALTER TABLE "shop_order" DROP COLUMN "legacy_code" CASCADE;
COMMIT;
