-- case: fix the squash's unindexed FK, plus a FK covered by the squash's parent_id index
-- expect: concurrently-in-transaction@5
-- tool: golang-migrate
SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS audit_log_actor_id_idx ON billing.audit_log (actor_id);
ALTER TABLE billing.entity_05 ADD CONSTRAINT entity_05_parent_fk2 FOREIGN KEY (parent_id) REFERENCES billing.entity_04 (id) NOT VALID;
