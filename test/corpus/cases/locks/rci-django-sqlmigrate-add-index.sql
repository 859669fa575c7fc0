-- case: Django AddIndex as printed by sqlmigrate (atomic migration)
-- expect: require-concurrent-index@8, require-lock-timeout@8

BEGIN;
--
-- Create index shop_order_status_idx on field(s) status of model order
--
CREATE INDEX "shop_order_status_idx" ON "shop_order" ("status");
COMMIT;
