-- case: undo
-- expect: require-lock-timeout@4, column-type-rewrite@4, column-type-rewrite@5, lock-held-during-slow-operation@5
-- tool: golang-migrate
ALTER TABLE billing.entity_10 ALTER COLUMN name TYPE character varying(120);
ALTER TABLE billing.entity_11 ALTER COLUMN created_at TYPE timestamp without time zone;
