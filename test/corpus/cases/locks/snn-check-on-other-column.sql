-- case: a validated IS NOT NULL check on a different column proves nothing
-- expect: set-not-null@7

SET lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_not_null CHECK (customer_id IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_not_null;
ALTER TABLE orders ALTER COLUMN shipping_address_id SET NOT NULL;
