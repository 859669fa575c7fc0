-- case: Django AddField(ForeignKey): ADD COLUMN ... REFERENCES, then the index, one transaction
-- expect: require-lock-timeout@8, require-concurrent-index@9, lock-held-during-slow-operation@9

BEGIN;
--
-- Add field customer to order
--
ALTER TABLE "shop_order" ADD COLUMN "customer_id" bigint NULL CONSTRAINT "shop_order_customer_id_3e7f1a2b_fk_shop_customer_id" REFERENCES "shop_customer"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "shop_order_customer_id_3e7f1a2b_fk_shop_customer_id" IMMEDIATE;
CREATE INDEX "shop_order_customer_id_3e7f1a2b" ON "shop_order" ("customer_id");
COMMIT;
