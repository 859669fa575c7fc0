-- case: a plain DETACH copies no CHECK: attaching the partition back scans it
-- expect: require-concurrent-detach@6, attach-partition-scan@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE events DETACH PARTITION events_2025;
ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
