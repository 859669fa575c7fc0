-- case: Django AddIndexConcurrently (atomic = False) via sqlmigrate: no BEGIN
-- expect: clean

--
-- Concurrently create index shop_order_created_idx on field(s) created_at of model order
--
CREATE INDEX CONCURRENTLY "shop_order_created_idx" ON "shop_order" ("created_at");
