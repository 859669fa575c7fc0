-- case: detaching the oldest partition without CONCURRENTLY; no lock_timeout (AccessExclusiveLock on events)
-- expect: require-concurrent-detach@6, require-lock-timeout@6, attach-partition-scan@10
-- tool: dbmate

-- migrate:up
ALTER TABLE events DETACH PARTITION events_2024_01;

-- migrate:down
SET lock_timeout = '2s';
ALTER TABLE events ATTACH PARTITION events_2024_01
    FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
