-- case: Django RenameModel via sqlmigrate
-- expect: rename-table@8, require-lock-timeout@8

BEGIN;
--
-- Rename model Item to Product
--
ALTER TABLE "shop_item" RENAME TO "shop_product";
COMMIT;
