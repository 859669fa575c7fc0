-- case: CHECK (price IS NOT NULL) ... actually on a nullable copy: price_new added, check added NOT VALID
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE products ADD COLUMN price_new numeric(12,2);
ALTER TABLE products ADD CONSTRAINT products_price_new_nn CHECK (price_new IS NOT NULL) NOT VALID;
