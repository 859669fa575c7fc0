-- case: step 2: VALIDATE CONSTRAINT in its own migration (ShareUpdateExclusiveLock)
-- expect: clean
-- tool: golang-migrate

ALTER TABLE orders VALIDATE CONSTRAINT orders_total_cents_nonnegative;
