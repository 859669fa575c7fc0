-- case: psql autocommit: ADD VALUE commits before the UPDATE that uses it
-- expect: clean

ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'on_hold';
UPDATE orders SET status = 'on_hold' WHERE fraud_score > 90 AND status = 'pending' AND id < 100000;
