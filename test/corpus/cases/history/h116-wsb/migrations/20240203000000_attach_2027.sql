-- case: attach a dump table without a bound CHECK
-- expect: require-lock-timeout@5, attach-partition-scan@5
-- tool: plain

ALTER TABLE crm.activities ATTACH PARTITION crm.activities_2027 FOR VALUES FROM ('2027-01-01 00:00:00+00') TO ('2028-01-01 00:00:00+00');
