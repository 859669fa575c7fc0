-- case: Django AddField ForeignKey(null=True): the column comes with its FK (DEFERRABLE INITIALLY DEFERRED), then its index, in one transaction
-- expect: require-lock-timeout@7, require-concurrent-index@8, lock-held-during-slow-operation@8
BEGIN;
--
-- Add field customer to order
--
ALTER TABLE "shop_order" ADD COLUMN "customer_id" bigint NULL CONSTRAINT "shop_order_customer_id_3d6ad6ec_fk_shop_customer_id" REFERENCES "shop_customer"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "shop_order_customer_id_3d6ad6ec_fk_shop_customer_id" IMMEDIATE;
CREATE INDEX "shop_order_customer_id_3d6ad6ec" ON "shop_order" ("customer_id");
COMMIT;
