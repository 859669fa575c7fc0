-- case: NOT NULL generated column: a rewrite, but old inserts still work
-- expect: add-column-rewrite@5

SET lock_timeout = '2s';
ALTER TABLE order_items
  ADD COLUMN line_total_cents bigint NOT NULL GENERATED ALWAYS AS (quantity * unit_price_cents) STORED;
