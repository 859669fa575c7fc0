-- case: Atlas's file transaction keeps the ADD COLUMN's AccessExclusiveLock on orders through the index build that follows
-- expect: require-lock-timeout@4, require-concurrent-index@6, lock-held-during-slow-operation@6
-- Modify "orders" table
ALTER TABLE "public"."orders" ADD COLUMN "region" text NULL;
-- Create index "idx_orders_region" to table: "orders"
CREATE INDEX "idx_orders_region" ON "public"."orders" ("region");
