-- case: attach the dump's partition whose validated CHECK matches the bound (pg_dump's cast-and-parens spelling)
-- expect: clean
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE crm.activities ATTACH PARTITION crm.activities_2026 FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
