-- case: folder holds U files; V3 has none
-- tool: flyway
-- expect: missing-rollback@*, require-concurrent-index@5
SET lock_timeout = '2s';
CREATE INDEX customer_name_idx ON customer (name);
