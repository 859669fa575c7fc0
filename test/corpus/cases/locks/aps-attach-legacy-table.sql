-- case: attach a filled table as a partition with no matching CHECK
-- expect: attach-partition-scan@4, require-lock-timeout@4

ALTER TABLE measurements ATTACH PARTITION measurements_2023
  FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
