-- case: the bound CHECK was added NOT VALID but never validated: ATTACH still scans events_2024_02
-- expect: attach-partition-scan@7, require-concurrent-detach@12
-- tool: dbmate

-- migrate:up
SET lock_timeout = '2s';
ALTER TABLE events ATTACH PARTITION events_2024_02
    FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');

-- migrate:down
SET lock_timeout = '2s';
ALTER TABLE events DETACH PARTITION events_2024_02;
