-- case: golang-migrate: ADD VALUE and a statement using it run in one implicit transaction (fails)
-- expect: enum-value-change@6
-- tool: golang-migrate

ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'on_hold';
UPDATE orders SET status = 'on_hold' WHERE fraud_score > 90 AND status = 'pending';
