-- case: Django AlterField null=False: SET NOT NULL scans shop_order under AccessExclusiveLock; a lock_timeout is set first
-- expect: set-not-null@8
BEGIN;
SET LOCAL lock_timeout = '3s';
--
-- Alter field note on order
--
ALTER TABLE "shop_order" ALTER COLUMN "note" SET NOT NULL;
COMMIT;
