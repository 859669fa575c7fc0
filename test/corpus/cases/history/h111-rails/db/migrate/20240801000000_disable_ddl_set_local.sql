-- case: Rails disable_ddl_transaction! migration that sets the timeout with SET LOCAL: outside a transaction it has no effect (WARNING), so the ALTER runs without a lock_timeout
-- expect: require-lock-timeout@6
-- tool: plain
SET LOCAL lock_timeout = '2s';
CREATE INDEX CONCURRENTLY "index_orders_on_total_cents" ON "orders" ("total_cents");
ALTER TABLE "orders" ADD COLUMN "currency" character varying;
