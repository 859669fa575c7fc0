-- case: attach a list partition, lock_timeout set, still scans
-- expect: attach-partition-scan@5

SET lock_timeout = '2s';
ALTER TABLE customers ATTACH PARTITION customers_eu FOR VALUES IN ('de', 'fr', 'nl');
