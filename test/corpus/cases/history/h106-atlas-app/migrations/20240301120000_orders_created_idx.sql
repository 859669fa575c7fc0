-- case: Atlas runs each migration file in a transaction (--tx-mode file is the default, and no atlas:txmode directive here): CONCURRENTLY fails
-- expect: concurrently-in-transaction@4
-- Create index "idx_orders_created_at" to table: "orders"
CREATE INDEX CONCURRENTLY "idx_orders_created_at" ON "public"."orders" ("created_at");
