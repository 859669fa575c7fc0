-- case: next partition via PARTITION OF, no default partition, with lock_timeout
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE TABLE IF NOT EXISTS metrics_2026 PARTITION OF metrics FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
