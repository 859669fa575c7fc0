-- case: sqitch deploy wraps in BEGIN/COMMIT; ATTACH with no CHECK, no lock_timeout
-- expect: attach-partition-scan@6, require-lock-timeout@6
-- tool: sqitch

BEGIN;
ALTER TABLE metrics ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
COMMIT;
