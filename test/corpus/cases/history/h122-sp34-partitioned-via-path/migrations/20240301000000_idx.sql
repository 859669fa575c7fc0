-- case: measurements resolves to the partitioned metrics.measurements
-- tool: plain
-- expect: partitioned-index-lock@7

SET lock_timeout = '2s';
SET search_path TO metrics, public;
CREATE INDEX measurements_taken_at_idx ON measurements (taken_at);
