-- case: COMMENT ON existing tables and columns
-- expect: clean

COMMENT ON TABLE orders IS 'One row per checkout; see docs/orders.md';
COMMENT ON COLUMN orders.total_cents IS 'Total in the smallest currency unit; includes tax';
COMMENT ON COLUMN orders.status IS NULL;
