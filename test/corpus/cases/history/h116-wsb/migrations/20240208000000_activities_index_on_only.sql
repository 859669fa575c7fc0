-- case: the safe recipe for an index on the dump's partitioned table
-- expect: require-lock-timeout@5
-- tool: plain

CREATE INDEX activities_contact_id_idx ON ONLY crm.activities USING btree (contact_id);
SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY activities_2025_contact_id_idx ON crm.activities_2025 USING btree (contact_id);
ALTER INDEX crm.activities_contact_id_idx ATTACH PARTITION crm.activities_2025_contact_id_idx;
