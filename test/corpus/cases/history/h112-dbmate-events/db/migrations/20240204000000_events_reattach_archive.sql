-- case: re-attaching the plain-detached partition: no CHECK copied, scan
-- expect: attach-partition-scan@7, require-concurrent-detach@11
-- tool: dbmate

-- migrate:up
SET lock_timeout = '2s';
ALTER TABLE events ATTACH PARTITION events_2024_01 FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');

-- migrate:down
SET lock_timeout = '2s';
ALTER TABLE events DETACH PARTITION events_2024_01;
