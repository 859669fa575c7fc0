-- case: timestamp(3) to timestamp(6): no rewrite
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE audit_events ALTER COLUMN occurred_at TYPE timestamp(6);
