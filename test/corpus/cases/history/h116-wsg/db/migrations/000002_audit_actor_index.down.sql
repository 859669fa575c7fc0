-- case: undo
-- expect: require-lock-timeout@4, require-concurrent-drop-index@5
-- tool: golang-migrate
ALTER TABLE billing.entity_05 DROP CONSTRAINT IF EXISTS entity_05_parent_fk2;
DROP INDEX IF EXISTS billing.audit_log_actor_id_idx;
