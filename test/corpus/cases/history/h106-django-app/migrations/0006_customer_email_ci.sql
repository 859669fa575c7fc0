BEGIN;
--
-- Create constraint shop_customer_email_ci_uniq on model customer
--
CREATE UNIQUE INDEX "shop_customer_email_ci_uniq" ON "shop_customer" ((LOWER("email")));
--
-- Create index shop_order_open_idx on field(s) status of model order
--
CREATE INDEX "shop_order_open_idx" ON "shop_order" ("status") WHERE "status" IN ('new', 'paid');
COMMIT;
