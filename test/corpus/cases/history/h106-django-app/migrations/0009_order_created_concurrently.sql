--
-- Concurrently create index shop_order_created_brin on field(s) created_at of model order
--
CREATE INDEX CONCURRENTLY "shop_order_created_brin" ON "shop_order" USING brin ("created_at");
