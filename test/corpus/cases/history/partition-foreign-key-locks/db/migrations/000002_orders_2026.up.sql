-- case: a new partition clones the parent's foreign keys: ShareRowExclusiveLock on accounts and order_items
-- expect: require-lock-timeout@5
-- tool: golang-migrate

CREATE TABLE orders_2026 PARTITION OF orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
