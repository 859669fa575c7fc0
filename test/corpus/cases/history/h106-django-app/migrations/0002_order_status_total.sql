-- case: Django sqlmigrate: AddField with a default (set then dropped), a widening AlterField (numeric 12,2 to 14,2: no rewrite), and Meta.indexes (plain CREATE INDEX after the AccessExclusiveLock, all in BEGIN/COMMIT)
-- expect: require-lock-timeout@7, add-required-column@8, require-concurrent-index@16, lock-held-during-slow-operation@16
BEGIN;
--
-- Add field status to order
--
ALTER TABLE "shop_order" ADD COLUMN "status" varchar(20) DEFAULT 'new' NOT NULL;
ALTER TABLE "shop_order" ALTER COLUMN "status" DROP DEFAULT;
--
-- Alter field total on order
--
ALTER TABLE "shop_order" ALTER COLUMN "total" TYPE numeric(14, 2);
--
-- Create index shop_order_created_idx on field(s) created_at of model order
--
CREATE INDEX "shop_order_created_idx" ON "shop_order" ("created_at");
COMMIT;
