-- case: widening a stored generated varchar column changes only the catalog (same relfilenode on PostgreSQL 15, the
-- case: expression is not recomputed); only the lock taken without a lock_timeout deserves a warning.
-- tool: flyway
-- expect: require-lock-timeout@8
-- Service accounts have ids longer than 100 characters: widen actor_id to 200.
-- Going to a longer varchar needs no rewrite, and usage_events.actor_id stays
-- NOT NULL through ALTER ... TYPE.
ALTER TABLE audit_entries ALTER COLUMN actor_id TYPE VARCHAR(200);
ALTER TABLE usage_events ALTER COLUMN actor_id TYPE VARCHAR(200);
