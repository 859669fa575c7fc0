-- case: Rails add_reference :orders, :customer, foreign_key: true, index: true in the DDL transaction
-- expect: require-lock-timeout@6, require-concurrent-index@7, lock-held-during-slow-operation@7
-- expect: constraint-without-not-valid@8, lock-held-during-slow-operation@8
-- tool: plain
-- assume-in-transaction: true
ALTER TABLE "orders" ADD "customer_id" bigint;
CREATE INDEX "index_orders_on_customer_id" ON "orders" ("customer_id");
ALTER TABLE "orders" ADD CONSTRAINT "fk_rails_3dad120da3" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id");
