-- atlas:txmode none

-- case: the atlas:txmode none directive runs the file outside a transaction: CONCURRENTLY is fine, no blocking lock
-- expect: clean
-- Create index "idx_orders_note" to table: "orders"
CREATE INDEX CONCURRENTLY "idx_orders_note" ON "public"."orders" ("note");
