-- case: ALTER TYPE ... RENAME VALUE: old code still writes the old label
-- expect: enum-value-change@4

ALTER TYPE order_status RENAME VALUE 'canceled' TO 'cancelled';
