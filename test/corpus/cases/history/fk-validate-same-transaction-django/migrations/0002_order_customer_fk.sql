-- case: RunSQL: FK NOT VALID then VALIDATE in the same atomic migration
-- expect: validate-in-same-transaction@7

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "shop_customer" ("id") NOT VALID;
ALTER TABLE "shop_order" VALIDATE CONSTRAINT "shop_order_customer_id_fk";
COMMIT;
