-- case: django sqlmigrate output with BEGIN/COMMIT and a multi-line -- header per operation
-- expect: require-lock-timeout@8, add-column-rewrite@8, require-concurrent-index@12, lock-held-during-slow-operation@12

BEGIN;
--
-- Add field public_id to order
--
ALTER TABLE "shop_order" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;
--
-- Create index shop_order_public_id_idx on field(s) public_id of model order
--
CREATE INDEX "shop_order_public_id_idx" ON "shop_order" ("public_id");
COMMIT;
