-- case: validated CHECK without IS NOT NULL on a NOT NULL column implies the bound (PG: partition constraint is implied by existing constraints)
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE metrics ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
