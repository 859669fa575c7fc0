-- case: a new CHECK domain, then a column of it on a busy table: rewrite
-- expect: add-column-rewrite@7, require-lock-timeout@7
-- tool: goose

-- +goose Up
CREATE DOMAIN discount_pct AS numeric(5,2) CHECK (VALUE BETWEEN 0 AND 100);
ALTER TABLE orders ADD COLUMN discount discount_pct;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN discount;
DROP DOMAIN discount_pct;
