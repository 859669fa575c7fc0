-- case: transaction:false, but one query string: the NOT VALID add and VALIDATE share the implicit transaction
-- expect: validate-in-same-transaction@8
-- tool: dbmate

-- migrate:up transaction:false
SET lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT orders_total_nonneg CHECK (total >= 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nonneg;

-- migrate:down
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders DROP CONSTRAINT orders_total_nonneg;
