-- case: strong_migrations style: add_foreign_key validate: false, then validate in the next migration
-- expect: require-lock-timeout@6
-- tool: plain
-- assume-in-transaction: true
CREATE TABLE "invoices" ("id" bigserial primary key, "order_id" bigint);
ALTER TABLE "invoices" ADD CONSTRAINT "fk_rails_0f6c1c2d6e" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") NOT VALID;
CREATE INDEX "index_invoices_on_order_id" ON "invoices" ("order_id");
