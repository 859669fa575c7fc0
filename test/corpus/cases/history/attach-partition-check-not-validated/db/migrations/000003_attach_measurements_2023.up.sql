-- case: the CHECK was never validated, so ATTACH still scans
-- expect: attach-partition-scan@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE measurements ATTACH PARTITION measurements_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
