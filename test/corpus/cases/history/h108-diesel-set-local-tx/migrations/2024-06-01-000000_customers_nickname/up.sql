-- case: SET LOCAL in Diesel's transaction covers the ALTER; the enum value added here cannot be used here
-- expect: enum-value-change@7
-- tool: diesel
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN nickname text;
ALTER TYPE order_state ADD VALUE 'refunded';
INSERT INTO orders (customer_id, state) VALUES (1, 'refunded');
