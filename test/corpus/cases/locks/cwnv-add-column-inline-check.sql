-- case: ADD COLUMN with an inline CHECK (NOT VALID is not allowed there)
-- expect: constraint-without-not-valid@5

SET lock_timeout = '2s';
ALTER TABLE products ADD COLUMN discount_pct integer CHECK (discount_pct BETWEEN 0 AND 100);
