-- case: attach a table as DEFAULT partition: scans it for rows that belong in other partitions
-- expect: attach-partition-scan@5
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE metrics ATTACH PARTITION metrics_old DEFAULT;
