-- case: DEFAULT now() is stable: no rewrite on PostgreSQL 11+
-- expect: clean

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN imported_at timestamptz NOT NULL DEFAULT now();
