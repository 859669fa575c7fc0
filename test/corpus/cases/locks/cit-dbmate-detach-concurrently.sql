-- case: DETACH PARTITION CONCURRENTLY in a dbmate transaction; the down re-attaches without a check
-- expect: concurrently-in-transaction@6, attach-partition-scan@9, require-lock-timeout@9
-- tool: dbmate

-- migrate:up
ALTER TABLE events DETACH PARTITION events_2023_01 CONCURRENTLY;

-- migrate:down
ALTER TABLE events ATTACH PARTITION events_2023_01 FOR VALUES FROM ('2023-01-01') TO ('2023-02-01');
