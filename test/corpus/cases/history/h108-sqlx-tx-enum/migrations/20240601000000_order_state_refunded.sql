-- case: sqlx runs the migration in a transaction: the new value cannot be compared against in it
-- expect: enum-value-change@6, require-concurrent-index@6
-- tool: sqlx
ALTER TYPE order_state ADD VALUE 'refunded';
SET LOCAL lock_timeout = '2s';
CREATE INDEX orders_refunded_idx ON orders (id) WHERE state = 'refunded';
