-- case: ALTER TYPE ... ADD VALUE on its own
-- expect: clean

ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';
