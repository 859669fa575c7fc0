-- case: storage parameters and statistics targets (ShareUpdateExclusiveLock)
-- expect: clean

ALTER TABLE events SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.005);
ALTER TABLE events ALTER COLUMN user_id SET STATISTICS 1000;
