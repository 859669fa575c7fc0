-- case: step 3: ATTACH skips the scan because the validated CHECK implies the bound
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE measurements ATTACH PARTITION measurements_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
