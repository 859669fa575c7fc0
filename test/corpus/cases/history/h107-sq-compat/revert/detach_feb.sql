-- case: sqitch revert: re-attach the partition detached CONCURRENTLY (the detach left a validated CHECK copying the bound: no scan)
-- expect: clean
-- tool: sqitch

SET lock_timeout = '2s';
ALTER TABLE events ATTACH PARTITION events_2024_02 FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
