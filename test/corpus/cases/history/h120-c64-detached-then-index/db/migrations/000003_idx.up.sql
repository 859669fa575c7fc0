-- case: after the detach metrics_2024 is a plain table; metrics has no partitions left
-- expect: require-concurrent-index@5, partitioned-index-lock@6
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE INDEX metrics_2024_sensor_idx ON metrics_2024 (sensor_id);
CREATE INDEX metrics_sensor_idx ON metrics (sensor_id);
