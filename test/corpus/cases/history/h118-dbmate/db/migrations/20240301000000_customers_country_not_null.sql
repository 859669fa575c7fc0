-- case: NOT NULL steps merged into one dbmate transaction
-- tool: dbmate
-- expect: require-lock-timeout@6, validate-in-same-transaction@7, require-lock-timeout@12

-- migrate:up
ALTER TABLE customers ADD CONSTRAINT customers_country_not_null CHECK (country IS NOT NULL) NOT VALID;
ALTER TABLE customers VALIDATE CONSTRAINT customers_country_not_null;
ALTER TABLE customers ALTER COLUMN country SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_country_not_null;

-- migrate:down
ALTER TABLE customers ALTER COLUMN country DROP NOT NULL;
