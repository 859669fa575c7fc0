-- case: drizzle-kit's migrator runs every pending migration inside one transaction: CONCURRENTLY fails there
-- expect: concurrently-in-transaction@3
CREATE INDEX CONCURRENTLY IF NOT EXISTS "orders_user_id_idx" ON "orders" USING btree ("user_id");
