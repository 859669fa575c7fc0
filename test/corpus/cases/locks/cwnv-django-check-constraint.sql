-- case: Django AddConstraint(CheckConstraint) via sqlmigrate
-- expect: constraint-without-not-valid@8, require-lock-timeout@8

BEGIN;
--
-- Create constraint price_gte_0 on model product
--
ALTER TABLE "catalog_product" ADD CONSTRAINT "price_gte_0" CHECK ("price" >= 0);
COMMIT;
