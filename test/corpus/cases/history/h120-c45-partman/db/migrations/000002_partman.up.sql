-- case: pg_partman takes over metrics; maintenance is a function call
-- expect: clean
-- tool: golang-migrate
CREATE SCHEMA IF NOT EXISTS partman;
CREATE EXTENSION IF NOT EXISTS pg_partman SCHEMA partman;
SELECT partman.create_parent(p_parent_table => 'public.metrics', p_control => 'recorded_at', p_interval => '1 month', p_premake => 3);
UPDATE partman.part_config SET infinite_time_partitions = true, retention = '12 months', retention_keep_table = false WHERE parent_table = 'public.metrics';
