-- case: down drops the column the up added (no drop-column), after dropping the FK
-- expect: require-lock-timeout@5
-- tool: golang-migrate

ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;
ALTER TABLE orders DROP COLUMN referrer_id;
