-- case: lock_timeout set, but a plain CREATE INDEX still blocks writes for the whole build
-- expect: require-concurrent-index@7

SET lock_timeout = '2s';
SET statement_timeout = '30min';

CREATE INDEX shipments_tracking_number_idx ON shipments (tracking_number);
