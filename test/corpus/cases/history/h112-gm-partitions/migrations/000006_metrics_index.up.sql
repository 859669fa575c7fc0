-- case: index on the parent: three partitions are attached now
-- expect: partitioned-index-lock@6
-- tool: golang-migrate

SET lock_timeout = '2s';
CREATE INDEX metrics_host_id_idx ON metrics (host_id);
