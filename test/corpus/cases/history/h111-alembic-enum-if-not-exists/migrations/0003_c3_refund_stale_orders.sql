-- case: alembic: a defensive op.execute("ALTER TYPE ... ADD VALUE IF NOT EXISTS ...") for values revision b2 (and a1) already committed: nothing is added, so using them in the same transaction works (PostgreSQL 15 only notes "already exists, skipping")
-- expect: clean
-- tool: plain
BEGIN;

-- Running upgrade b2 -> c3

ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';

ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'paid';

UPDATE orders SET status = 'refunded' WHERE status = 'pending' AND id < 100;

UPDATE orders SET status = 'paid' WHERE status = 'pending' AND id >= 100;

UPDATE alembic_version SET version_num='c3' WHERE alembic_version.version_num = 'b2';

COMMIT;
